/**
 * One case, drawn from its generator: which files the tree holds (a chart with mutated values or
 * overrides, a manifest stream, a chart that --render fails on), the planted secrets, and chartlint's
 * arguments. Building is pure: `planCase` returns the files as { relativePath: Buffer } and the argv.
 */
import { FORMATS } from './judge.mjs';
import { mutate, MUTATION_NAMES } from './mutations.mjs';
import { failingTemplate, insertTopLevel, makeSecret, needlesOf, secretSnippet, TEMPLATE_TRANSFORMS } from './plant.mjs';

export const MODES = ['values', 'override', 'values-flag', 'region', 'stdin', 'manifests', 'manifests-stdin', 'render'];
const MODE_WEIGHTS = [
  [30, 'values'],
  [14, 'override'],
  [7, 'values-flag'],
  [6, 'region'],
  [12, 'stdin'],
  [14, 'manifests'],
  [5, 'manifests-stdin'],
  [8, 'render'],
];

const CHART_YAML = 'apiVersion: v2\nname: fuzzchart\ndescription: A chart the fuzzer built.\nversion: 0.1.0\n';
const DEPENDENCY = 'dependencies:\n  - name: toolkit\n    version: 0.1.0\n    repository: file://../toolkit\n';
const CLEAN_VALUES = 'images:\n  tags:\n    dep_check: quay.io/airshipit/kubernetes-entrypoint:v1.0.0\n  pull_policy: IfNotPresent\n';

/** A manifest stream with the secret where rules look: a ConfigMap's data and a container's env. */
function secretDocs(rng, secret) {
  const v = JSON.stringify(secret.value);
  return rng.pick([
    () =>
      `---\n# Source: fuzzchart/templates/configmap.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fuzz-etc\ndata:\n  db_password: ${v}\n`,
    () =>
      `---\n# Source: fuzzchart/templates/deployment.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: fuzz\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: quay.io/x/api:1.0\n          imagePullPolicy: IfNotPresent\n          env:\n            - name: DB_PASSWORD\n              value: ${v}\n`,
    () =>
      `---\n# Source: fuzzchart/templates/secret.yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: fuzz-keystone\nstringData:\n  password: ${v}\n`,
    () =>
      `---\n# Source: fuzzchart/templates/bad.yaml\napiVersion: v1\nkind: ConfigMap\ndata:\n  api_token: ${secret.value.split('\n')[0]}: broken\n`,
  ])();
}

/**
 * Plans case `index` from `rng`. `corpus` is { values: [{ path, text }], manifests: [...] } (loaded lazily
 * by the caller through `read`), `only` a mode or a mutation name, `helm` the helm binary.
 */
export function planCase(rng, { valuesFiles, manifestFiles, read, only, helm }) {
  const mode = MODES.includes(only) ? only : rng.weighted(MODE_WEIGHTS);
  const forced = MUTATION_NAMES.includes(only) ? only : undefined;
  const files = {};
  const secrets = Array.from({ length: rng.int(1, 3) }, () => makeSecret(rng));
  const args = [];
  let stdin;
  const plantAll = (text) => secrets.reduce((t, s) => insertTopLevel(rng, t, secretSnippet(rng, s)), text);
  const mutations = (text) =>
    mutate(
      rng,
      text,
      forced
        ? rng.int(1, 3)
        : rng.weighted([
            [1, 0],
            [5, 1],
            [3, 2],
            [1, 3],
          ]),
      forced,
    );
  let source;
  let applied = [];

  if (mode === 'manifests' || mode === 'manifests-stdin') {
    source = manifestFiles.length > 0 && rng.chance(0.8) ? rng.pick(manifestFiles) : undefined;
    let text = source ? read(source) : '';
    for (const s of secrets) text = rng.chance(0.5) ? `${text}\n${secretDocs(rng, s)}` : `${secretDocs(rng, s)}${text}`;
    const m = mutations(text);
    applied = m.applied;
    if (mode === 'manifests') {
      files['rendered/stream.yaml'] = m.bytes;
      args.push('--manifests', 'rendered/stream.yaml');
    } else {
      stdin = m.bytes;
      args.push('--manifests', '-');
    }
  } else if (mode === 'render') {
    // A minority: helm takes 100-300 ms. The failing template prints the secret through a transform.
    const transform = rng.pick(TEMPLATE_TRANSFORMS);
    const viaSet = rng.chance(0.4);
    const failSecret = makeSecret(rng, viaSet ? rng.pick(['long', 'short']) : rng.pick(['long', 'short', 'pem']));
    secrets.push(failSecret);
    source = rng.pick(valuesFiles);
    let values = plantAll(`${CLEAN_VALUES}${rng.chance(0.5) ? read(source) : ''}`);
    if (!viaSet) values = `fuzz:\n  api_token: ${JSON.stringify(failSecret.value)}\n${values}`;
    let bytes = Buffer.from(values, 'utf8');
    if (rng.chance(0.3)) {
      const m = mutations(values);
      bytes = m.bytes;
      applied = m.applied;
    }
    // Half the charts need a local library chart that is not vendored: chartlint renders those from a
    // scratch copy in TMPDIR, which must be gone afterwards, also when helm fails.
    const withDependency = rng.chance(0.5);
    files['fuzzchart/Chart.yaml'] = Buffer.from(withDependency ? `${CHART_YAML}${DEPENDENCY}` : CHART_YAML);
    if (withDependency) {
      files['toolkit/Chart.yaml'] = Buffer.from('apiVersion: v2\nname: toolkit\ntype: library\nversion: 0.1.0\n');
      files['toolkit/templates/_helpers.tpl'] = Buffer.from('{{- define "toolkit.name" -}}{{ .Chart.Name }}{{- end -}}\n');
    }
    files['fuzzchart/values.yaml'] = bytes;
    files['fuzzchart/templates/fail.yaml'] = Buffer.from(failingTemplate('fuzz.api_token', transform));
    if (rng.chance(0.5)) {
      files['fuzzchart/templates/configmap.yaml'] = Buffer.from(
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  a: "1"\n',
      );
    }
    args.push('--render', '--helm', helm, 'fuzzchart');
    if (viaSet) args.push('--set', `fuzz.api_token=${failSecret.value}`);
    applied = [`fail|${transform}${viaSet ? ' via --set' : ''}`, ...applied];
  } else {
    source = rng.pick(valuesFiles);
    const m = mutations(plantAll(read(source)));
    applied = m.applied;
    files['fuzzchart/Chart.yaml'] = Buffer.from(CHART_YAML);
    const overrideName = rng.weighted([
      [20, 'fuzz.yaml'],
      [1, 'sp ace ü.yaml'],
      [1, 'x\n::error file=a::named.yaml'],
      [1, '%0A::warning::pct.yaml'],
    ]);
    if (mode === 'values') {
      files['fuzzchart/values.yaml'] = m.bytes;
      args.push('fuzzchart');
    } else if (mode === 'override') {
      files['fuzzchart/values.yaml'] = Buffer.from(CLEAN_VALUES);
      files[`fuzzchart/values_overrides/${overrideName}`] = m.bytes;
      args.push('fuzzchart');
    } else if (mode === 'values-flag') {
      files['fuzzchart/values.yaml'] = Buffer.from(CLEAN_VALUES);
      files['site/site.yaml'] = m.bytes;
      args.push('--values', 'site/site.yaml', 'fuzzchart');
    } else if (mode === 'region') {
      files['fuzzchart/values.yaml'] = Buffer.from(CLEAN_VALUES);
      files['region/region.yaml'] = m.bytes;
      args.push('--region-values', 'region/region.yaml', 'fuzzchart');
    } else {
      files['fuzzchart/values.yaml'] = Buffer.from(CLEAN_VALUES);
      stdin = m.bytes;
      args.push('--stdin', '--stdin-filename', rng.chance(0.7) ? 'fuzzchart/values.yaml' : `fuzzchart/values_overrides/${overrideName}`);
    }
  }

  const stdoutFormat = rng.pick(FORMATS);
  const outputs = FORMATS.filter((f) => f !== stdoutFormat);
  if (rng.chance(0.3)) args.push('--cache');
  if (rng.chance(0.15)) args.push('-j', '2');
  const needles = secrets.flatMap((s, i) => needlesOf(s, i));
  return { mode, source, applied, files, stdin, args, stdoutFormat, outputs, secrets, needles };
}
