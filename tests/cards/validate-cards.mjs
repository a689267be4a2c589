// Checks Adaptive Cards with the official Adaptive Cards library (see card-problems.mjs).
//
// Long-running (no arguments): one JSON request a line on stdin, {"id": "...", "card": {...}},
// one JSON answer a line on stdout, {"id": "...", "ok": true|false, "problems": ["..."]}, in the
// order of the requests. Exits when stdin closes.
//
// One-shot: node tests/cards/validate-cards.mjs card1.json card2.json
// prints each file's problems and exits with 1 if any file has one.
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { findCardProblems } from "./card-problems.mjs";

const files = process.argv.slice(2);
if (files.length > 0) {
  process.exitCode = (await checkFiles(files)) ? 0 : 1;
} else {
  serveJsonLines();
}

async function checkFiles(paths) {
  let allValid = true;
  for (const path of paths) {
    let problems;
    try {
      problems = findCardProblems(JSON.parse(await readFile(path, "utf8")));
    } catch (error) {
      problems = [`cannot read the card: ${error instanceof Error ? error.message : String(error)}`];
    }
    if (problems.length === 0) {
      console.log(`${path}: valid`);
    } else {
      allValid = false;
      for (const problem of problems) {
        console.log(`${path}: ${problem}`);
      }
    }
  }
  return allValid;
}

function serveJsonLines() {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (line.trim() === "") {
      return;
    }
    process.stdout.write(`${JSON.stringify(answer(line))}\n`);
  });
}

function answer(line) {
  let request;
  try {
    request = JSON.parse(line);
  } catch (error) {
    return { id: null, ok: false, problems: [`the request is not JSON: ${error.message}`] };
  }
  const id = request !== null && typeof request === "object" && typeof request.id === "string" ? request.id : null;
  if (id === null) {
    return { id: null, ok: false, problems: ['the request has no string "id"'] };
  }
  if (!("card" in request)) {
    return { id, ok: false, problems: ['the request has no "card"'] };
  }
  let problems;
  try {
    problems = findCardProblems(request.card);
  } catch (error) {
    // A fault of the checker must reach the caller as an answer, not end the process.
    problems = [`the validator failed: ${error instanceof Error ? error.stack : String(error)}`];
  }
  return { id, ok: problems.length === 0, problems };
}
