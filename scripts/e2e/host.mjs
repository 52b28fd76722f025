// Runs the extension-host mocha suite inside code-server: the web workbench takes extensionDevelopmentPath and
// extensionTestsPath from its `payload` query parameter and runs the suite in the remote node extension host, as
// @vscode/test-electron would in a desktop VS Code. The page calls window.codeAutomationExit when the suite ends.
import { existsSync, readFileSync, rmSync } from 'node:fs';

/**
 * `resultsFile` must be the path code-server was started with in COGNITO_LENS_HOST_RESULTS.
 * Returns { passed, failed, tests, metrics, exitCode, durationMs }.
 */
export async function runHostSuite({ context, serverUrl, port, workspace, extensionPath, suiteIndex, resultsFile, timeoutMs = 240_000, log = () => {} }) {
  rmSync(resultsFile, { force: true });
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(suiteIndex)],
  ];
  const page = await context.newPage();
  const started = Date.now();
  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  const consoleLines = [];
  page.on('console', (m) => consoleLines.push(m.text()));
  try {
    await page.goto(`${serverUrl}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const exitCode = await Promise.race([
      exited,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`the extension-host suite did not finish within ${timeoutMs / 1000} s`)), timeoutMs)),
    ]);
    const durationMs = Date.now() - started;
    if (!existsSync(resultsFile)) {
      log(consoleLines.slice(-40).join('\n'));
      return { passed: 0, failed: 1, tests: [{ title: 'extension-host suite', state: 'failed', error: `no results file (exit code ${exitCode}); is the suite compiled and COGNITO_LENS_HOST_RESULTS set?` }], metrics: {}, exitCode, durationMs };
    }
    return { ...JSON.parse(readFileSync(resultsFile, 'utf8')), exitCode, durationMs };
  } finally {
    await page.close().catch(() => {});
  }
}
