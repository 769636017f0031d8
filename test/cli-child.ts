// Runs dyad's CLI from source in a child process (tests that kill or lock a real process use it).
import { main } from '../src/cli/main.js';

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
