// Entry point: mounts the app. StrictMode is kept on so effects prove they clean up after themselves.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/theme.css';
import './styles/toolbar.css';
import './styles/list.css';
import './styles/panel.css';
import './styles/reader.css';
// Last: the shell and its media queries, which adjust the parts above for small windows.
import './styles/layout.css';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
