{{- define "helm-toolkit.snippets.kubernetes_apparmor_loader_init_container" -}}
{{- $envAll := index . "envAll" -}}
{{- if $envAll.Values.pod.mandatory_access_control.configmap_apparmor }}
- name: apparmor-loader
  image: {{ $envAll.Values.images.tags.apparmor_loader }}
{{- end }}
{{- end -}}
