/** The template parser and evaluator behind the derived image reads (src/templates/). */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deriveImageReads } from '../src/templates/image-reads.js';
import { parseTemplate, scanActions } from '../src/templates/parse.js';
import { ByTemplates, readTemplateSet } from '../src/templates/texts.js';
import { definesOf, LibraryLoader, type Library } from '../src/templates/toolkit.js';
import { makeTree, removeTrees } from './helpers/tree.js';

afterAll(removeTrees);

function library(...texts: string[]): Library {
  return { defines: definesOf(texts), hasToolkit: true, memo: new Map() };
}

const TOOLKIT = library(
  `{{- define "helm-toolkit.snippets.image" -}}
{{- $envAll := index . 0 -}}
{{- $image := index . 1 -}}
image: {{ index $envAll.Values.images.tags $image | quote }}
{{- end -}}`,
  `{{- define "helm-toolkit.snippets.kubernetes_entrypoint_init_container" -}}
{{- $envAll := index . 0 -}}
{{ tuple $envAll "dep_check" | include "helm-toolkit.snippets.image" }}
{{- end -}}`,
  `{{- define "helm-toolkit.manifests.job_db_sync" -}}
{{- $envAll := index . "envAll" -}}
{{- $serviceName := index . "serviceName" -}}
{{- $dbToSync := index . "dbToSync" | default ( dict "image" ( index $envAll.Values.images.tags ( printf "%s_db_sync" $serviceName )) ) -}}
{{ tuple $envAll "db_sync" list | include "helm-toolkit.snippets.kubernetes_entrypoint_init_container" }}
image: {{ $dbToSync.image }}
{{- end }}`,
  `{{- define "helm-toolkit.manifests.job_s3_user" -}}
{{- $envAll := index . "envAll" -}}
{{- $serviceName := index . "serviceName" | default "ceph" -}}
image: {{ index $envAll.Values.images.tags (printf "%s_s3_user" $serviceName) }}
{{- if $envAll.Values.manifests.keyring }}
image: {{ $envAll.Values.images.tags.ceph_key_placement }}
{{- end }}
{{- end }}`,
  `{{- define "helm-toolkit.utils.image_sync_list" -}}
{{- $imageDict := .Values.images.tags -}}
{{- range $k, $v := $imageDict -}}{{- index $imageDict $k -}},{{- end -}}
{{- end -}}`,
);

const keysOf = (template: string, lib: Library | undefined = TOOLKIT) => {
  const { tags } = deriveImageReads([{ name: 't.yaml', text: template }], lib);
  return { keys: tags.reads.map((read) => `${read.key}${read.guarded ? '?' : ''}`), dynamic: tags.dynamic };
};

describe('scanActions', () => {
  it('finds actions past quoted braces, drops trim markers and skips comments', () => {
    const text = '{{- /* {{ .Values.images.tags.no }} */ -}}\na {{ printf "}}" .x -}} b {{/* c */}} {{ .y }}';
    expect(scanActions(text).map((action) => action.text)).toEqual(['printf "}}" .x', '.y']);
  });
});

describe('parseTemplate', () => {
  it('separates defines from the body and nests blocks, else if closing with one end', () => {
    const parsed = parseTemplate('{{ define "a" }}{{ .x }}{{ end }}{{ if .p }}1{{ else if .q }}2{{ else }}3{{ end }}{{ .z }}');
    expect(parsed.defines.map((define) => define.name)).toEqual(['a']);
    expect(parsed.body.map((node) => node.kind)).toEqual(['if', 'action']);
  });

  it('declares the variable of `with $x := ...`, and an end closes only its own block', () => {
    const text =
      '{{ define "a" }}{{ with $env := dict "envAll" . }}{{ $env.envAll.Values.images.tags.x }}{{ end }}{{ .Values.images.tags.y }}{{ end }}{{ include "a" . }}';
    expect(keysOf(text).keys).toEqual(['x', 'y']);
  });

  it('keeps a block whose opening it cannot read, so its end closes it', () => {
    const parsed = parseTemplate('{{ define "a" }}{{ if .x ]] }}1{{ end }}{{ .y }}{{ end }}');
    expect(parsed.defines[0]!.body.map((node) => node.kind)).toEqual(['unreadable', 'if', 'action']);
  });

  it('keeps an action it cannot read as unreadable instead of throwing', () => {
    expect(parseTemplate('{{ .Values.images.tags.a ]] }}').body.map((node) => node.kind)).toEqual(['unreadable']);
  });
});

describe('deriveImageReads', () => {
  it('reads field chains through $envAll, $ and a dict argument', () => {
    expect(
      keysOf(
        '{{- $envAll := . }}{{ $envAll.Values.images.tags.a }}{{ $.Values.images.tags.b }}{{ $d := dict "env" . }}{{ $d.env.Values.images.tags.c }}',
      ),
    ).toEqual({ keys: ['a', 'b', 'c'], dynamic: false });
  });

  it("resolves serviceName from a dict literal, a $var and the define's default", () => {
    expect(keysOf('{{ dict "envAll" . "serviceName" "tacker" | include "helm-toolkit.manifests.job_db_sync" }}').keys).toEqual([
      'tacker_db_sync',
      'dep_check',
    ]);
    expect(keysOf('{{ $s := "nova" }}{{ include "helm-toolkit.manifests.job_db_sync" (dict "envAll" $ "serviceName" $s) }}').keys).toEqual([
      'nova_db_sync',
      'dep_check',
    ]);
    expect(keysOf('{{ dict "envAll" . | include "helm-toolkit.manifests.job_s3_user" }}').keys).toEqual([
      'ceph_s3_user',
      'ceph_key_placement?',
    ]);
  });

  it("uses the caller's image instead of the define's default read", () => {
    const caller =
      '{{ $db := dict "image" (index .Values.images.tags "custom_sync") }}{{ dict "envAll" . "serviceName" "glance" "dbToSync" $db | include "helm-toolkit.manifests.job_db_sync" }}';
    expect(keysOf(caller).keys).toEqual(['custom_sync', 'dep_check']);
  });

  it('follows tuple arguments into the image snippet, and the chart’s own defines', () => {
    const chart =
      '{{ define "svc.pod" }}{{ tuple (index . 0) "worker" | include "helm-toolkit.snippets.image" }}{{ end }}{{ tuple . | include "svc.pod" }}';
    expect(keysOf(chart).keys).toEqual(['worker']);
  });

  it('follows `template` calls and a dict the caller fills with set', () => {
    const text =
      '{{ define "svc.job" }}{{ index .envAll.Values.images.tags .key }}{{ end }}{{ $args := dict "envAll" . }}{{ $_ := set $args "key" "svc_job" }}{{ template "svc.job" $args }}';
    expect(keysOf(text).keys).toEqual(['svc_job']);
  });

  it('is dynamic when a key is chosen at render time, or a default may not be taken', () => {
    expect(keysOf('{{ tuple . .Values.conf.image | include "helm-toolkit.snippets.image" }}').dynamic).toBe(true);
    expect(
      keysOf('{{ range .Values.jobs }}{{ dict "envAll" $ "serviceName" .name | include "helm-toolkit.manifests.job_db_sync" }}{{ end }}')
        .dynamic,
    ).toBe(true);
  });

  it('is dynamic when an include cannot be followed, and names why', () => {
    const { tags } = deriveImageReads(
      [{ name: 'job.yaml', text: 'x\n{{ include "helm-toolkit.manifests.job_db_init_mysql" . }}' }],
      undefined,
    );
    expect(tags).toEqual({
      reads: [],
      dynamic: true,
      why: 'templates/job.yaml:2: include "helm-toolkit.manifests.job_db_init_mysql": helm-toolkit was not found',
    });
  });

  it('takes a range over the images map indexing itself for a mirror list, not a dynamic read', () => {
    expect(keysOf('{{ include "helm-toolkit.utils.image_sync_list" . }}')).toEqual({ keys: [], dynamic: false });
  });

  it('follows a range over a literal list, and places reads at their line', () => {
    const { tags } = deriveImageReads(
      [{ name: 'pod.yaml', text: 'a: 1\n{{ range $k := list "api" "worker" }}\n{{ index $.Values.images.tags $k }}{{ end }}' }],
      undefined,
    );
    expect(tags.reads.map((read) => `${read.key} ${read.where} ${read.via}`)).toEqual([
      'api templates/pod.yaml:3 read by name',
      'worker templates/pod.yaml:3 read by name',
    ]);
  });

  it('reads a define no file includes by name with its context unknown', () => {
    const text = '{{ define "svc.daemonset" }}{{ $envAll := index . 3 }}{{ $envAll.Values.images.tags.agent }}{{ end }}';
    expect(keysOf(text)).toEqual({ keys: ['agent'], dynamic: false });
  });

  it('reads the flat layout as images.<key>, not its tags or pull_policy', () => {
    const { flat } = deriveImageReads([{ name: 'p.yaml', text: '{{ .Values.images.api }}{{ .Values.images.pull_policy }}' }], undefined);
    expect(flat.reads.map((read) => read.key)).toEqual(['api']);
  });
});

describe('template sets', () => {
  it('names two folders with the same templates by one digest, and derives from them once', () => {
    const root = makeTree({
      'a/templates/_helpers.tpl': '{{- define "x" -}}{{ .Values.images.tags.a }}{{- end -}}',
      'a/templates/job.yaml': 'image: {{ .Values.images.tags.job }}',
      'b/templates/_helpers.tpl': '{{- define "x" -}}{{ .Values.images.tags.a }}{{- end -}}',
      'b/templates/job.yaml': 'image: {{ .Values.images.tags.job }}',
      'c/templates/job.yaml': 'image: {{ .Values.images.tags.other }}',
      // The same texts under other names are another set.
      'd/templates/_helpers.yaml': '{{- define "x" -}}{{ .Values.images.tags.a }}{{- end -}}',
      'd/templates/job.yaml': 'image: {{ .Values.images.tags.job }}',
    });
    const a = readTemplateSet(path.join(root, 'a'), ['job.yaml', '_helpers.tpl']);
    const b = readTemplateSet(path.join(root, 'b'), ['_helpers.tpl', 'job.yaml']);
    const c = readTemplateSet(path.join(root, 'c'), ['job.yaml']);
    const d = readTemplateSet(path.join(root, 'd'), ['job.yaml', '_helpers.yaml']);
    expect(a.texts.map((t) => t.name)).toEqual(['_helpers.tpl', 'job.yaml']);
    expect(b.digest).toBe(a.digest);
    expect(c.digest).not.toBe(a.digest);
    expect(d.digest).not.toBe(a.digest);
    const derived: string[] = [];
    const byTemplates = new ByTemplates((texts) => {
      derived.push(texts.map((t) => t.name).join(','));
      return texts.length;
    });
    expect([byTemplates.of(a), byTemplates.of(b), byTemplates.of(c)]).toEqual([2, 2, 1]);
    expect(derived).toEqual(['_helpers.tpl,job.yaml', 'job.yaml']);
  });

  it('gives the vendored copies of a library one library, and a folder with other templates another', () => {
    const root = makeTree({
      'one/templates/_t.tpl': '{{- define "helm-toolkit.x" -}}{{ .Values.images.tags.x }}{{- end -}}',
      'two/templates/_t.tpl': '{{- define "helm-toolkit.x" -}}{{ .Values.images.tags.x }}{{- end -}}',
      'three/templates/_t.tpl': '{{- define "helm-toolkit.x" -}}{{ .Values.images.tags.y }}{{- end -}}',
    });
    const loader = new LibraryLoader();
    const one = loader.loadKeyed([{ name: 'helm-toolkit', dir: path.join(root, 'one') }]);
    const two = loader.loadKeyed([{ name: 'helm-toolkit', dir: path.join(root, 'two') }]);
    const three = loader.loadKeyed([{ name: 'helm-toolkit', dir: path.join(root, 'three') }]);
    expect(two!.library).toBe(one!.library);
    expect(two!.key).toBe(one!.key);
    expect(three!.library).not.toBe(one!.library);
    expect([...one!.library.defines.keys()]).toEqual(['helm-toolkit.x']);
    expect(loader.loadKeyed([])).toBeUndefined();
  });

  it('knows the digest of a folder it read as a library, for the same template names only', () => {
    const root = makeTree({
      'lib/templates/_t.tpl': '{{- define "lib.x" -}}{{ .Values.images.tags.x }}{{- end -}}',
      'lib/templates/job.yaml': 'image: {{ include "lib.x" . }}',
    });
    const dir = path.join(root, 'lib');
    const loader = new LibraryLoader();
    expect(loader.digestOf(dir, ['_t.tpl', 'job.yaml'])).toBeUndefined();
    loader.loadKeyed([{ name: 'lib', dir }]);
    expect(loader.digestOf(dir, ['job.yaml', '_t.tpl'])).toBe(readTemplateSet(dir, ['_t.tpl', 'job.yaml']).digest);
    expect(loader.digestOf(dir, ['_t.tpl'])).toBeUndefined();
    expect(loader.digestOf(path.join(root, 'other'), ['_t.tpl', 'job.yaml'])).toBeUndefined();
  });
});
