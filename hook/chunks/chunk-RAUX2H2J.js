import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  usesHelmToolkit
} from "./chunk-YWTYFYTE.js";

// src/config/profiles.ts
var PROFILE_NAMES = ["recommended", "openstack-helm", "strict"];
var PROFILE_PREFIX = "chartlint:";
var PROFILE_IDS = PROFILE_NAMES.map((name) => `${PROFILE_PREFIX}${name}`);
var OSH_ONLY = "Off for generic charts: it reads helm-toolkit conventions (`images.tags`, its jobs) that other charts do not follow.";
var TOOLKIT_SHAPE = "On everywhere: it judges only `dependencies.static` and `dependencies.dynamic` as helm-toolkit's kubernetes-entrypoint snippet reads them, in charts built on helm-toolkit (or a values file of no chart in the run), so a generic chart never meets it.";
var JUDGEMENT = "A warning in strict: chartlint cannot see every way a chart may be right here, so it is not an error.";
var PROFILE_DECISIONS = {
  "chartlint/unused-disable": { recommended: "warning", strict: "error" },
  "entrypoint/dead-component": { recommended: "warning", strict: "warning", why: `${TOOLKIT_SHAPE} ${JUDGEMENT}` },
  "entrypoint/dependency-keys": { recommended: "error", strict: "error", why: TOOLKIT_SHAPE },
  "entrypoint/disabled-job": { recommended: "warning", strict: "warning", why: `${TOOLKIT_SHAPE} ${JUDGEMENT}` },
  "entrypoint/jobs-shape": { recommended: "error", strict: "error", why: TOOLKIT_SHAPE },
  "entrypoint/service-endpoint": { recommended: "error", strict: "error", why: TOOLKIT_SHAPE },
  // kubernetes-entrypoint's env, in any container that sets DEPENDENCY_* (helm-toolkit's or anyone's): each
  // finding is what the program does with the value written, so they hold for generic charts too.
  "entrypoint/env-command": { recommended: "error", strict: "error" },
  "entrypoint/env-container": { recommended: "error", strict: "error" },
  "entrypoint/env-ignored": { recommended: "error", strict: "error" },
  "entrypoint/env-json": { recommended: "error", strict: "error" },
  "entrypoint/env-list-syntax": { recommended: "error", strict: "error" },
  "entrypoint/env-namespace": { recommended: "error", strict: "error" },
  "entrypoint/env-required": { recommended: "error", strict: "error" },
  "entrypoint/service-account-token": { recommended: "error", strict: "error" },
  "entrypoint/dependency-cycle": { recommended: "error", strict: "error" },
  "entrypoint/rbac": { recommended: "warning", strict: "warning", why: JUDGEMENT },
  "entrypoint/unresolved-dependency": {
    recommended: "warning",
    strict: "warning",
    why: `${JUDGEMENT} A dependency may be deployed outside the set; declare those in options.external.`
  },
  "images/allowed-registries": {
    recommended: "off",
    strict: "off",
    why: "Off everywhere: it needs the `registries` you allow; configuring them turns it on at error."
  },
  "images/digest-pinned": {
    recommended: "off",
    strict: "error",
    why: "On in strict only: upstream charts pin by tag, so it reports nearly every image."
  },
  "images/floating-tag": { recommended: "warning", strict: "error" },
  "images/fully-qualified": {
    recommended: "warning",
    strict: "error",
    why: "A warning for generic charts: containerd and Docker pull a short name such as `nginx:1.25` from docker.io; only nodes that search other registries (CRI-O, Podman) may differ."
  },
  "images/no-latest": { recommended: "error", strict: "error" },
  "images/pull-policy": { recommended: "error", strict: "error" },
  "images/reference-syntax": { recommended: "error", strict: "error" },
  "images/required-keys": { recommended: "off", strict: "error", why: OSH_ONLY },
  "images/templated-reference": { recommended: "info", strict: "warning", why: JUDGEMENT },
  "images/undefined-key": { recommended: "off", strict: "error", why: OSH_ONLY },
  "images/unused-key": { recommended: "off", strict: "warning", why: `${OSH_ONLY} ${JUDGEMENT}` },
  "images/version-skew": {
    recommended: "off",
    strict: "error",
    why: "On in strict only: charts released on their own schedules differ on purpose."
  },
  "kolla/command-required": { recommended: "error", strict: "error" },
  "kolla/config-file-keys": { recommended: "error", strict: "error" },
  "kolla/config-file-owner-perm": { recommended: "error", strict: "error" },
  "kolla/config-file-source-dest": { recommended: "error", strict: "error" },
  "kolla/config-strategy": { recommended: "error", strict: "error" },
  "kolla/perm-format": { recommended: "error", strict: "error" },
  "kolla/permissions": { recommended: "error", strict: "error" },
  "kolla/top-level-keys": { recommended: "error", strict: "error" },
  "manifests/deprecated-placement": { recommended: "warning", strict: "error" },
  "manifests/hotfix-patch": {
    recommended: "warning",
    strict: "error",
    why: "A warning for generic charts: the `*-patches` ConfigMap is SAP's hot-fix convention, and a chart that applies its patches some other way may read them differently."
  },
  "manifests/image-empty": { recommended: "error", strict: "error" },
  "manifests/image-specific-entrypoint": { recommended: "warning", strict: "warning" },
  "manifests/pull-policy": {
    recommended: { severity: "error", options: { empty: false } },
    strict: { severity: "error", options: { required: true } },
    why: "recommended leaves an empty rendered imagePullPolicy alone (`empty: false`): generic charts render it empty on purpose, for Kubernetes to default; strict requires every rendered container to set one (`required: true`)."
  },
  "manifests/render-failed": { recommended: "error", strict: "error" },
  "manifests/toleration-without-selector": { recommended: "warning", strict: "warning", why: JUDGEMENT },
  "secrets/in-chart-defaults": { recommended: "error", strict: "error" },
  "secrets/in-shared-globals": { recommended: "error", strict: "error" },
  "secrets/literal-in-manifest": { recommended: "error", strict: "error" },
  "secrets/placeholder-unresolved": { recommended: "error", strict: "error" },
  "secrets/region-scope": { recommended: "warning", strict: "warning", why: JUDGEMENT },
  "secrets/registry-credentials": { recommended: "error", strict: "error" },
  "tripleo/credentials": { recommended: "error", strict: "error" },
  "tripleo/includes-with-excludes": { recommended: "warning", strict: "error" },
  "tripleo/key-type": { recommended: "error", strict: "error" },
  "tripleo/label-template": { recommended: "error", strict: "error" },
  "tripleo/modify-without-push": { recommended: "error", strict: "error" },
  "tripleo/multi-arch": { recommended: "error", strict: "error" },
  "tripleo/shadowed-entry": { recommended: "warning", strict: "warning", why: JUDGEMENT },
  "tripleo/tag-from-label-ignored": { recommended: "warning", strict: "error" },
  "tripleo/unknown-key": { recommended: "error", strict: "error" },
  "values/global-scope": {
    recommended: "off",
    strict: "warning",
    why: `Opt-in: the placement of plain values is an OpenStack-Helm umbrella convention, not a defect. ${JUDGEMENT}`
  },
  "yaml/syntax": { recommended: "error", strict: "error" }
};
function profileSetting(rule, profile) {
  const decision = Object.hasOwn(PROFILE_DECISIONS, rule.id) ? PROFILE_DECISIONS[rule.id] : void 0;
  if (!decision || profile === "openstack-helm") return { severity: rule.meta.severity };
  const setting = decision[profile];
  return typeof setting === "string" ? { severity: setting } : setting;
}
function chartProfile(chart) {
  return usesHelmToolkit(chart) ? "openstack-helm" : "recommended";
}
function profileNamed(id) {
  const name = id.startsWith(PROFILE_PREFIX) ? id.slice(PROFILE_PREFIX.length) : void 0;
  return PROFILE_NAMES.find((known) => known === name);
}

export {
  PROFILE_NAMES,
  PROFILE_PREFIX,
  PROFILE_IDS,
  PROFILE_DECISIONS,
  profileSetting,
  chartProfile,
  profileNamed
};
