/**
 * Everything a rule imports, in one place: the rule shapes, the facts, the YAML view and the shared
 * knowledge (image references, pull policies, the secrets classifier's helpers). Rules import nothing else
 * of chartlint, so the engine can change behind this module.
 */
export {
  defineDeploymentRule,
  defineRule,
  NO_OPTIONS,
  type Anchor,
  type FileSummary,
  type ReportDescriptor,
  type TextEdit,
} from '../engine/rule.js';
export { ruleMatches } from '../engine/directives.js';
export type { FileSummary as DeploymentSummary } from '../engine/rule.js';
export { globalReadersFact, chartsReading } from '../facts/global-readers.js';
export { rendersFact } from '../facts/renders.js';
export { imageReadsOf, templateReadsFact } from '../facts/template-reads.js';
export { templatePlace } from '../templates/image-reads.js';
export { templateRegistryFact } from '../facts/template-registry.js';
export { closureOf, topologyFact, umbrellasOf, type Placement, type Topology } from '../facts/topology.js';
export { defaultPolicyText, judgePullPolicy, PULL_POLICIES } from '../images/pull-policy.js';
export { scalarTextEdit } from '../fix/scalar-edit.js';
export { REQUIRED_KEY_DEFAULTS, requirements, shippedBy, type Requirement } from '../images/required-keys.js';
export { usesHelmToolkit } from '../sources/chart-info.js';
export { namesRegistryHost, parseNormalizedReference } from '../images/reference.js';
export type { ImageSite } from '../images/site.js';
export { definesGlobalRegistry } from '../images/values-images.js';
export { describeByValue } from '../secrets/classify.js';
export { notASecretHere, useOf } from '../secrets/siblings.js';
export { secretWritesFact, type ChartSecretWrites } from '../facts/secret-writes.js';
export { forEachLeaf } from '../secrets/leaves.js';
export { describeByShape, safeName } from '../common/secret-shape.js';
export { compileRegistryEntry, registryEntryMatches, type RegistryEntry } from '../common/registry-match.js';
export { closest } from '../common/closest.js';
export {
  CONFIG_FILE_KEYS,
  entryOf,
  jsonType,
  KOLLA_TOP_LEVEL_KEYS,
  mapItems,
  PERMISSION_KEYS,
  shownPath,
  truthy,
  type KollaConfig,
} from '../kolla/config.js';
export { imageSpecificUtilities } from '../kolla/image-utilities.js';
export { judgePerm } from '../kolla/perm.js';
export { CONFIG_STRATEGIES, judgeStrategy } from '../kolla/strategy.js';
export { chartRelative, chartSections, repeatedAcrossCharts } from '../secrets/sections.js';
export { findPods, type PodSite } from '../manifests/placement-pods.js';
export { confinement, parseTaint, taintText, toleration, type Taint } from '../manifests/placement-taints.js';
export { ALPHA_ANNOTATIONS, objectLabelUses, podSpecLabelUses, type DeprecatedLabelUse } from '../manifests/placement-labels.js';
export { annotationTolerations, describeToleration, sameToleration, specTolerations } from '../manifests/placement-annotations.js';
export { judgeFirstHeader, type HeaderVerdict } from '../patches/first-header.js';
export { findPatchEntries } from '../patches/configmaps.js';
export { sourceSpanOf } from '../patches/scalar-offsets.js';
export { chartPatchesFact } from '../facts/chart-patches.js';
export {
  dottedPath,
  getEntry,
  getPath,
  pathOf,
  scalarString,
  type PathSegment,
  type Span,
  type YamlNode,
  type YamlScalar,
} from '../sources/yaml-view.js';
export {
  baseNamespace,
  DEFAULT_NAMESPACE,
  NAMESPACED_LISTS,
  type JsonReading,
  type JsonVariable,
  podNameMissing,
  type EntrypointReading,
  type EnvVariable,
  type ListVariable,
  type TextRange,
} from '../entrypoint/env.js';
export {
  booleanOf,
  entrypointSites,
  LIST_NAMES,
  LIST_OBJECT,
  nearestName,
  podContainerNames,
  someNames,
  spanIn,
  writtenNamespace,
  type EntrypointSite,
} from '../entrypoint/env-sites.js';
export {
  componentPattern,
  DEPENDENCY_KINDS,
  dependencyComponents,
  droppedJobs,
  endpointKey,
  isDependencyKind,
  jobsOnlyComponents,
  toolkitReadsDependencies,
  type DependencyComponent,
} from '../entrypoint/values-shape.js';
export { componentRendered, dependencyChartsFact, dependencyContextOf, type DependencyContext } from '../entrypoint/values-fact.js';
export {
  CREDENTIALS_PARAM,
  credentialItems,
  credentialPath,
  ENTRY_KEYS,
  FAMILIES,
  FAMILY_KEY,
  IMAGE_SOURCES,
  SET_KEYS,
  TEMPLATE_SWITCHES,
  describeNode,
  pyOf,
  registryOf,
  resolvesTagFromLabel,
  setsTag,
  type PrepareEntry,
  type TripleoFile,
} from '../tripleo/prepare.js';
export { pythonRegexProblem } from '../tripleo/python-regex.js';
export { labelTemplateProblem } from '../tripleo/label-template.js';
export { collectSetPart, type SetPart } from '../entrypoint/set-objects.js';
export { buildGraph, workloadLabel, labelsText, type DependencyGraph, type GraphDependency } from '../entrypoint/graph.js';
export { missingGrants } from '../entrypoint/rbac.js';
export { namespaceFact } from '../facts/namespace.js';
export { collectSet, setGraph } from '../entrypoint/set-rule.js';
