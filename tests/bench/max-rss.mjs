// Preloaded by the bench (node --import) where /usr/bin/time is missing: prints the process's peak
// resident memory when it exits. Worker threads share the process, so they are counted too.
process.on('exit', () => {
  process.stdout.write(`max-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
