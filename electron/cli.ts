import { runCli } from './cli/run';

// The command-line entry (`npx wayline`): plain Node, no Electron, the app's own code.
void runCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
