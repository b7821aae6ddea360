{{/*
usage: |
  {{ tuple . "test_image" | include "helm-toolkit.snippets.image" }}
*/}}

{{- define "helm-toolkit.snippets.image" -}}
{{- $envAll := index . 0 -}}
{{- $image := index . 1 -}}
{{- $imageTag := index $envAll.Values.images.tags $image -}}
image: {{ $imageTag | quote }}
imagePullPolicy: {{ $envAll.Values.images.pull_policy }}
{{- end -}}
