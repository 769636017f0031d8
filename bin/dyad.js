#!/usr/bin/env node
// The published entry point: runs the compiled CLI (built by `npm install` through the `prepare` script).
import v8 from 'node:v8';

// A run reads each article once, so V8's optimising compiler works while the coding does, on the same core. By
// default it optimises a function after little type feedback, and many of the coder's functions are then thrown
// away and recompiled as new kinds of sentences reach them. Gathering feedback longer (budget about 7x V8's
// default) compiles less and costs about a fifth less CPU time over the Reuters and Guardian samples; output is
// the same. Set before the CLI's modules load (hence the dynamic import), so that it applies to all of them.
v8.setFlagsFromString('--interrupt-budget=1000000');

const { main } = await import('../dist/cli/main.js');
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
