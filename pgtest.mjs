import { PGlite } from '@electric-sql/pglite';
let t=Date.now(); const a = await PGlite.create(); await a.query('select 1'); console.log('mem init', Date.now()-t);
t=Date.now(); const dump = await a.dumpDataDir('none'); console.log('dump', Date.now()-t, dump.size);
t=Date.now(); const b = await PGlite.create({loadDataDir: dump}); await b.query('select 1'); console.log('clone', Date.now()-t);
t=Date.now(); const c = await PGlite.create('/tmp/pgdir'+Date.now()); await c.query('select 1'); console.log('dir init', Date.now()-t);
console.log(process.memoryUsage().rss/1e6);
