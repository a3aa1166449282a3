// Plain JavaScript on purpose: it must run on an old Node to say that Node is too old.
// Fails early, with the fix, when npm scripts do not run on the project's Node 24.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `This project needs Node 22.12 or newer; npm scripts are running on Node ${process.versions.node}.\n` +
      '→ Run "npm install" (without --ignore-scripts): it installs Node 24 into node_modules/.bin, which npm scripts use.',
  );
  process.exit(1);
}
