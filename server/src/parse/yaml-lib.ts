// The `yaml` library as a bundle of its own (dist/yaml-lib.js, see esbuild.mjs): the other bundles load it on
// first use, so a start-up that never needs the full YAML grammar does not compile it.
export * from 'yaml';
