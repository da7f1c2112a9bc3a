// File-system errors as a person would say them; other errors keep their own message.
const BY_CODE: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files; try again',
  EIO: 'input/output error while reading',
};

export function errorMessage(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as NodeJS.ErrnoException).code;
    return (code && BY_CODE[code]) || e.message;
  }
  return String(e);
}
