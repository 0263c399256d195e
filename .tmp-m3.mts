await import('./src/app.ts');
globalThis.gc?.();
const v8 = await import('node:v8');
let tot=0; for (const s of v8.getHeapSpaceStatistics()) { tot+=s.physical_space_size; if (s.physical_space_size>1048576) console.log(s.space_name, Math.round(s.space_size/1048576), Math.round(s.physical_space_size/1048576), Math.round(s.space_used_size/1048576)); }
const { readFileSync } = await import('node:fs');
const st = readFileSync('/proc/self/status','utf8'); console.log('heap phys', Math.round(tot/1048576), st.match(/RssAnon.*|RssFile.*|VmHWM.*/g).join(' '));
