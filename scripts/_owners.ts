import { realQuestionnaire } from '../src/test/sample';
const q = realQuestionnaire();
const acts = q.areas.flatMap(a => [...a.questions.flatMap(x => x.actions.map(y => ({...y, q: x.id}))), ...a.areaActions.map(y => ({...y, q: a.id}))]);
const c: Record<string, number> = {};
for (const a of acts) c[a.owner] = (c[a.owner] ?? 0) + 1;
console.log(acts.length, Object.entries(c).sort((a,b)=>b[1]-a[1]));
const eff: Record<string, number> = {}; for (const a of acts) eff[a.effort]=(eff[a.effort]??0)+1; console.log(eff);
if (process.argv[2]) for (const a of acts) if (a.owner===process.argv[2]) console.log(a.id, a.effort, '|', a.title.sv, '|', a.deliverable.sv.replace(/\s+/g,' '));
