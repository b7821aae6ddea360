import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  PROFILE_IDS
} from "./chunk-RAUX2H2J.js";

// src/config/schema.ts
var SEVERITY_SETTINGS = ["off", "info", "warning", "error"];
var DEFAULT_VALUES_GLOBS = ["values-*.yaml", "values_overrides/**/*.yaml", "../values_overrides/{chart}/*.yaml"];
var DEFAULT_LIMITS = {
  maxFileBytes: 8 * 1024 * 1024,
  maxExpandedNodes: 1e5,
  maxFindingsPerFile: 1e4,
  maxRenderBytes: 64 * 1024 * 1024,
  maxNestingDepth: 256
};
var DEFAULT_HELM = { namespace: "default", timeoutSeconds: 120 };
function buildConfigSchema(rules) {
  const severity = { enum: [...SEVERITY_SETTINGS], description: "off, info, warning or error." };
  const ruleProperties = {};
  for (const rule of rules) {
    ruleProperties[rule.id] = {
      description: rule.meta.description,
      oneOf: [
        severity,
        {
          type: "object",
          additionalProperties: false,
          properties: { severity, options: rule.meta.options }
        }
      ]
    };
  }
  const rulesMap = {
    type: "object",
    description: "Severity, and options, per rule id.",
    additionalProperties: false,
    properties: ruleProperties
  };
  const globs = { type: "array", items: { type: "string", minLength: 1 } };
  const profile = { type: "string", enum: PROFILE_IDS };
  const extendsProfiles = {
    description: `Built-in profiles to start from, applied in order (${PROFILE_IDS.join(", ")}). Default: each chart's own, chartlint:openstack-helm for a chart that depends on helm-toolkit, else chartlint:recommended.`,
    oneOf: [profile, { type: "array", minItems: 1, items: profile }]
  };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "chartlint configuration (.chartlint.yaml)",
    type: "object",
    additionalProperties: false,
    properties: {
      extends: extendsProfiles,
      rules: rulesMap,
      ignore: { ...globs, description: "Globs, relative to this file, of files and charts never linted." },
      overrides: {
        type: "array",
        description: "Rule settings for some paths only; later entries win.",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["files"],
          properties: {
            files: { ...globs, minItems: 1, description: "Globs relative to this file." },
            extends: { ...extendsProfiles, description: "Profiles for these files, applied in order, before the rules of this entry." },
            rules: rulesMap
          }
        }
      },
      values: {
        type: "object",
        additionalProperties: false,
        properties: {
          include: {
            ...globs,
            description: `Override files of each chart: globs relative to the chart folder; {chart} is its folder name. Default: ${DEFAULT_VALUES_GLOBS.join(", ")}.`
          },
          extra: { ...globs, description: "More values files, relative to this file, linted as partial overrides." }
        }
      },
      baseline: {
        type: "string",
        minLength: 1,
        description: "A baseline file (chartlint --write-baseline), relative to this file: its findings are not reported, so only new ones are. --baseline overrides it."
      },
      regions: {
        ...globs,
        description: "Globs, relative to this file, of values files that are region values (besides the values of charts that depend on an umbrella chart)."
      },
      tripleo: {
        type: "object",
        additionalProperties: false,
        description: "TripleO environment files that prepare container images (ContainerImagePrepare).",
        properties: {
          files: {
            ...globs,
            description: "Globs, relative to this file, of TripleO environment files: linted as such whatever their content, and found in folders named on the command line. A file named on the command line is recognised by its content without them."
          }
        }
      },
      kolla: {
        type: "object",
        additionalProperties: false,
        description: "Kolla config.json files (what kolla_set_configs reads when a Kolla image starts).",
        properties: {
          files: {
            ...globs,
            description: "Globs, relative to this file, of Kolla config files (`kolla/**/*.json`): linted as such whatever their name or content, and found in folders named on the command line. A .json file named on the command line is recognised by its content without them."
          }
        }
      },
      secrets: {
        type: "object",
        additionalProperties: false,
        description: "What counts as sensitive, for the secrets rules.",
        properties: {
          keys: { ...globs, description: "More sensitive key names: case-insensitive globs (`*_pin`)." },
          ignoreKeys: { ...globs, description: "Key names never sensitive although they look it (`*_secret_name`)." },
          placeholders: {
            ...globs,
            description: 'More values that mean "set in the region" (besides null, "" and DEFINED-IN-REGION-CHART and its spellings).'
          },
          knownDefaults: { ...globs, description: "More well-known default credentials (besides password, changeme, ...)." }
        }
      },
      helm: {
        type: "object",
        additionalProperties: false,
        description: "Rendering with --render.",
        properties: {
          binary: {
            type: "string",
            minLength: 1,
            description: "The helm to run (relative to this file). Else --helm, CHARTLINT_HELM, or helm on PATH."
          },
          releaseName: {
            type: "string",
            minLength: 1,
            description: "Release name for helm template. Default: each chart's name made valid for helm (lowercase, [a-z0-9-], at most 53 characters)."
          },
          namespace: { type: "string", minLength: 1, description: `Namespace for helm template. Default: ${DEFAULT_HELM.namespace}.` },
          timeoutSeconds: {
            type: "integer",
            minimum: 1,
            description: `How long one helm template may take. Default: ${DEFAULT_HELM.timeoutSeconds}.`
          },
          cacheDir: {
            type: "string",
            minLength: 1,
            description: "Where renders are cached (relative to the working folder). Default: $CHARTLINT_CACHE_DIR, else $XDG_CACHE_HOME/chartlint or ~/.cache/chartlint."
          }
        }
      },
      limits: {
        type: "object",
        additionalProperties: false,
        properties: {
          maxFileBytes: {
            type: "integer",
            minimum: 1,
            description: `Larger files are reported and skipped. Default ${DEFAULT_LIMITS.maxFileBytes}.`
          },
          maxExpandedNodes: {
            type: "integer",
            minimum: 1,
            description: `Alias-bomb guard: most nodes a document may expand to. Default ${DEFAULT_LIMITS.maxExpandedNodes}.`
          },
          maxNestingDepth: {
            type: "integer",
            minimum: 1,
            // The parsers recurse per level; past this they could overflow the stack of a worker thread.
            maximum: 500,
            description: `Deepest nesting of collections a document may have (at most 500); a deeper one is reported, not parsed. Default ${DEFAULT_LIMITS.maxNestingDepth}.`
          },
          maxFindingsPerFile: {
            type: "integer",
            minimum: 1,
            description: `Most findings reported in one file; one more finding says how many were left out. Default ${DEFAULT_LIMITS.maxFindingsPerFile}.`
          },
          maxRenderBytes: {
            type: "integer",
            minimum: 1,
            description: `With --render, most bytes helm may print (on stdout, and on stderr) before it is stopped and the chart reported. Default ${DEFAULT_LIMITS.maxRenderBytes}.`
          }
        }
      }
    }
  };
}

export {
  DEFAULT_VALUES_GLOBS,
  DEFAULT_LIMITS,
  DEFAULT_HELM,
  buildConfigSchema
};
