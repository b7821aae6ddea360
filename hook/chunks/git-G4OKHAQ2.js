import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import "./chunk-FUMSRPZC.js";

// src/git.ts
import { spawnSync } from "node:child_process";
import path from "node:path";
var GitError = class extends Error {
};
function git(args, cwd, failure) {
  const run = spawnSync("git", args, { cwd, encoding: "utf8", maxBuffer: 64 << 20 });
  if (run.error) throw new GitError(`git could not be run (${run.error.code ?? run.error.message}).`);
  if (run.status !== 0) throw new GitError(failure ?? `git ${args.join(" ")} failed: ${run.stderr.trim().split("\n")[0] ?? ""}`);
  return run.stdout;
}
function changedFiles(ref, cwd, head) {
  const top = git(["rev-parse", "--show-toplevel"], cwd).trim();
  const range = head ? [`${ref}...${head}`] : [mergeBase(ref, cwd)];
  const changed = git(["diff", "--name-only", "--no-renames", "-z", "--end-of-options", ...range, "--"], cwd).split("\0");
  const untracked = head ? [] : git(["ls-files", "--others", "--exclude-standard", "-z"], top).split("\0");
  return [...new Set([...changed, ...untracked].filter(Boolean).map((file) => path.join(top, file)))].sort();
}
function mergeBase(ref, cwd) {
  const commit = git(
    ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`],
    cwd,
    `${ref} is not a commit git knows`
  ).trim();
  const run = spawnSync("git", ["merge-base", commit, "HEAD"], { cwd, encoding: "utf8" });
  if (run.error) throw new GitError(`git could not be run (${run.error.code ?? run.error.message}).`);
  if (run.status === 1 && run.stdout.trim() === "") {
    throw new GitError(`${ref} and HEAD share no history here (a shallow clone? \`git fetch --unshallow\` fetches it).`);
  }
  if (run.status !== 0) throw new GitError(`git merge-base ${ref} HEAD failed: ${run.stderr.trim().split("\n")[0] ?? ""}`);
  return run.stdout.trim();
}
export {
  GitError,
  changedFiles
};
