{{/*
The image and pull policy of a container, like helm-toolkit.snippets.image.
Usage: include "toolkit.image" (dict "image" .Values.images.tags.api "policy" .Values.images.pull_policy)
*/}}
{{- define "toolkit.image" -}}
image: {{ .image }}
imagePullPolicy: {{ .policy }}
{{- end -}}
