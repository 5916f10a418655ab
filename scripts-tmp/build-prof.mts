import { buildTestApp } from "../test/support/test-app";
for (let i = 0; i < 5; i++) { const t = await buildTestApp("sqlite"); await t.close(); }
const c0 = process.cpuUsage();
for (let i = 0; i < 40; i++) { const t = await buildTestApp("sqlite"); await t.close(); }
const c = process.cpuUsage(c0);
console.log("per app CPU ms", ((c.user + c.system) / 1000 / 40).toFixed(1));
