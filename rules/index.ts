/** The registry of built-in rules, sorted by id. A rule's id is its path below rules/. */
import type { AnyRule } from '../src/engine/rule.js';
import unusedDisable from './chartlint/unused-disable.js';
import deadComponent from './entrypoint/dead-component.js';
import dependencyCycle from './entrypoint/dependency-cycle.js';
import dependencyKeys from './entrypoint/dependency-keys.js';
import disabledJob from './entrypoint/disabled-job.js';
import entrypointEnvCommand from './entrypoint/env-command.js';
import entrypointEnvContainer from './entrypoint/env-container.js';
import entrypointEnvIgnored from './entrypoint/env-ignored.js';
import entrypointEnvJson from './entrypoint/env-json.js';
import entrypointEnvListSyntax from './entrypoint/env-list-syntax.js';
import entrypointEnvNamespace from './entrypoint/env-namespace.js';
import entrypointEnvRequired from './entrypoint/env-required.js';
import jobsShape from './entrypoint/jobs-shape.js';
import entrypointRbac from './entrypoint/rbac.js';
import entrypointServiceAccountToken from './entrypoint/service-account-token.js';
import serviceEndpoint from './entrypoint/service-endpoint.js';
import unresolvedDependency from './entrypoint/unresolved-dependency.js';
import allowedRegistries from './images/allowed-registries.js';
import digestPinned from './images/digest-pinned.js';
import floatingTag from './images/floating-tag.js';
import fullyQualified from './images/fully-qualified.js';
import noLatest from './images/no-latest.js';
import pullPolicy from './images/pull-policy.js';
import referenceSyntax from './images/reference-syntax.js';
import requiredKeys from './images/required-keys.js';
import templatedReference from './images/templated-reference.js';
import undefinedKey from './images/undefined-key.js';
import unusedKey from './images/unused-key.js';
import versionSkew from './images/version-skew.js';
import kollaCommandRequired from './kolla/command-required.js';
import kollaConfigFileKeys from './kolla/config-file-keys.js';
import kollaConfigFileOwnerPerm from './kolla/config-file-owner-perm.js';
import kollaConfigFileSourceDest from './kolla/config-file-source-dest.js';
import kollaConfigStrategy from './kolla/config-strategy.js';
import kollaPermFormat from './kolla/perm-format.js';
import kollaPermissions from './kolla/permissions.js';
import kollaTopLevelKeys from './kolla/top-level-keys.js';
import deprecatedPlacement from './manifests/deprecated-placement.js';
import hotfixPatch from './manifests/hotfix-patch.js';
import imageEmpty from './manifests/image-empty.js';
import imageSpecificEntrypoint from './manifests/image-specific-entrypoint.js';
import manifestPullPolicy from './manifests/pull-policy.js';
import renderFailed from './manifests/render-failed.js';
import tolerationWithoutSelector from './manifests/toleration-without-selector.js';
import secretsInChartDefaults from './secrets/in-chart-defaults.js';
import secretsInSharedGlobals from './secrets/in-shared-globals.js';
import literalInManifest from './secrets/literal-in-manifest.js';
import placeholderUnresolved from './secrets/placeholder-unresolved.js';
import regionScope from './secrets/region-scope.js';
import registryCredentials from './secrets/registry-credentials.js';
import tripleoCredentials from './tripleo/credentials.js';
import includesWithExcludes from './tripleo/includes-with-excludes.js';
import tripleoKeyType from './tripleo/key-type.js';
import labelTemplate from './tripleo/label-template.js';
import modifyWithoutPush from './tripleo/modify-without-push.js';
import multiArch from './tripleo/multi-arch.js';
import shadowedEntry from './tripleo/shadowed-entry.js';
import tagFromLabelIgnored from './tripleo/tag-from-label-ignored.js';
import tripleoUnknownKey from './tripleo/unknown-key.js';
import globalScope from './values/global-scope.js';
import yamlSyntax from './yaml/syntax.js';

export const allRules: readonly AnyRule[] = [
  unusedDisable,
  deadComponent,
  dependencyCycle,
  dependencyKeys,
  disabledJob,
  entrypointEnvCommand,
  entrypointEnvContainer,
  entrypointEnvIgnored,
  entrypointEnvJson,
  entrypointEnvListSyntax,
  entrypointEnvNamespace,
  entrypointEnvRequired,
  jobsShape,
  entrypointRbac,
  entrypointServiceAccountToken,
  serviceEndpoint,
  unresolvedDependency,
  allowedRegistries,
  digestPinned,
  floatingTag,
  fullyQualified,
  noLatest,
  pullPolicy,
  referenceSyntax,
  requiredKeys,
  templatedReference,
  undefinedKey,
  unusedKey,
  versionSkew,
  kollaCommandRequired,
  kollaConfigFileKeys,
  kollaConfigFileOwnerPerm,
  kollaConfigFileSourceDest,
  kollaConfigStrategy,
  kollaPermFormat,
  kollaPermissions,
  kollaTopLevelKeys,
  deprecatedPlacement,
  hotfixPatch,
  imageEmpty,
  imageSpecificEntrypoint,
  manifestPullPolicy,
  renderFailed,
  tolerationWithoutSelector,
  secretsInChartDefaults,
  secretsInSharedGlobals,
  literalInManifest,
  placeholderUnresolved,
  regionScope,
  registryCredentials,
  tripleoCredentials,
  includesWithExcludes,
  tripleoKeyType,
  labelTemplate,
  modifyWithoutPush,
  multiArch,
  shadowedEntry,
  tagFromLabelIgnored,
  tripleoUnknownKey,
  globalScope,
  yamlSyntax,
  // By code unit, not localeCompare: ids are [a-z0-9/-], where both give one order, and the first
  // localeCompare of a process builds ICU's collator (about 14 ms of every run's start-up).
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
