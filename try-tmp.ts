import { tagTimexes } from './electron/core/temporal/tagger';
const dct = process.argv[2] === 'none' ? null : process.argv[2]!;
for (const s of process.argv.slice(3)) console.log(JSON.stringify(s), '=>', JSON.stringify(tagTimexes(s, { dct }).map((t) => [t.text, t.type, t.value, t.mod ?? '', t.anchor])));
