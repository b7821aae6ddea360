{{- define "helm-toolkit.manifests.job_db_init_mysql" -}}
{{- $envAll := index . "envAll" -}}
{{- $serviceName := index . "serviceName" -}}
{{- $dbToInit := index . "dbToInit" | default ( dict "configFile" (printf "/etc/%s/%s.conf" $serviceName $serviceName ) ) -}}
{{- $dbsToInit := default (list $dbToInit) (index . "dbsToInit") }}
apiVersion: batch/v1
kind: Job
metadata:
  name: {{ printf "%s-%s" $serviceName "db-init" | quote }}
spec:
  template:
    spec:
      initContainers:
{{ tuple $envAll "db_init" list | include "helm-toolkit.snippets.kubernetes_entrypoint_init_container" | indent 8 }}
      containers:
{{- range $key1, $dbToInit := $dbsToInit }}
        - name: {{ printf "%s-%s-%d" $serviceName "db-init" $key1 | quote }}
          image: {{ $envAll.Values.images.tags.db_init }}
{{- end }}
{{- end }}
