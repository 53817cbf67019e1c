import { TextDecoder } from 'node:util';
import { BadRequestException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';

import { type FieldProblem, validationException } from './validation';

/** The media types of the bodies the API reads. */
export const JSON_MEDIA_TYPES = ['application/json', 'application/fhir+json'];

/** Deepest nesting of objects and arrays a JSON body may have; no DTO comes close. */
export const MAX_JSON_DEPTH = 32;

// A body full of bad strings must not buy a response many times its size.
const MAX_PROBLEMS = 100;

type Flaw = 'control' | 'surrogate';

const CONTROL_PROBLEM = 'must not contain control characters';
const SURROGATE_PROBLEM = 'must be well-formed Unicode (no unpaired surrogates)';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
// C0 controls other than tab, line feed and carriage return, and DEL: PostgreSQL refuses NUL in
// text and jsonb, and none of them belongs in clinical text.
const isControl = (c: number) => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f;

/** What is wrong with a string: control characters and/or unpaired UTF-16 surrogates. */
export function stringFlaws(value: string): Flaw[] {
  let control = false;
  let surrogate = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (isControl(c)) control = true;
    else if (isHigh(c)) {
      if (isLow(value.charCodeAt(i + 1))) i++;
      else surrogate = true;
    } else if (isLow(c)) surrogate = true;
  }
  const flaws: Flaw[] = [];
  if (control) flaws.push('control');
  if (surrogate) flaws.push('surrogate');
  return flaws;
}

// A bad object key appears in the field path, so it is shown escaped rather than echoed raw.
function displayKey(key: string): string {
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const paired = isHigh(c) && isLow(key.charCodeAt(i + 1));
    if (paired) {
      out += key.slice(i, i + 2);
      i++;
    } else if (isControl(c) || isHigh(c) || isLow(c)) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += key[i];
  }
  return out;
}

const childPath = (parent: string, key: string) => (parent ? `${parent}.${key}` : key);

/**
 * Every string in `value` (at any depth, object keys included) that holds a control character or an
 * unpaired surrogate, as field problems with `a.b[0].c` paths; `rootName` names `value` itself when
 * it is a bare string. Iterative, so no input can exhaust the stack.
 */
export function findHostileStrings(value: unknown, rootName: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const describe = (field: string, flaws: Flaw[], subject = field) =>
    problems.push({
      field,
      problems: flaws.map((f) => `${subject} ${f === 'control' ? CONTROL_PROBLEM : SURROGATE_PROBLEM}`),
    });
  // Children are pushed in reverse so that problems come out in document order.
  const stack: Array<{ value: unknown; path: string; keyFlaws?: Flaw[] }> = [{ value, path: '' }];
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const { value: current, path, keyFlaws } = stack.pop() as (typeof stack)[number];
    if (keyFlaws) describe(path, keyFlaws, `${path}: field names`);
    if (typeof current === 'string') {
      const flaws = stringFlaws(current);
      if (flaws.length > 0) describe(path || rootName, flaws);
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], path: `${path}[${i}]` });
    } else if (typeof current === 'object' && current !== null) {
      const entries = Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i];
        const flaws = stringFlaws(key);
        if (flaws.length === 0) stack.push({ value: child, path: childPath(path, key) });
        else stack.push({ value: child, path: childPath(path, displayKey(key)), keyFlaws: flaws });
      }
    }
  }
  return problems.slice(0, MAX_PROBLEMS);
}

/**
 * Whether JSON text nests objects and arrays deeper than `max`, found by scanning the text (outside
 * string literals), so a deep body is refused before any recursive code sees it. Malformed text may
 * give any answer: the parser refuses it afterwards.
 */
export function jsonNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

const isEmptyBody = (request: FastifyRequest) =>
  request.headers['transfer-encoding'] === undefined &&
  (request.headers['content-length'] === undefined || request.headers['content-length'] === '0');

/**
 * Edge checks on every request's input, before any route, guard or pipe runs (issue #8 §3): JSON
 * bodies only (application/json or application/fhir+json; anything else with a body is 415), no deeper than MAX_JSON_DEPTH, strict UTF-8, and
 * no control characters or unpaired surrogates in any string of the body, query or path. Needs
 * Nest's own body parsers off (`bodyParser: false`); the 1 MiB body limit is the instance's.
 */
export function registerInputGuards(fastify: FastifyInstance): void {
  const { onProtoPoisoning = 'error', onConstructorPoisoning = 'error' } = fastify.initialConfig;
  // Fastify's own secure parser (secure-json-parse), so prototype poisoning is refused as before.
  const parseJson = fastify.getDefaultJsonParser(onProtoPoisoning, onConstructorPoisoning);
  // Invalid UTF-8 is refused: decoding it leniently would store U+FFFD in place of what was sent.
  const utf8 = new TextDecoder('utf-8', { fatal: true });

  fastify.removeAllContentTypeParsers();
  // FHIR's own media type too: a hospital's record sends bundles as application/fhir+json.
  fastify.addContentTypeParser(JSON_MEDIA_TYPES, { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = typeof body === 'string' ? body : utf8.decode(body);
    } catch {
      done(new BadRequestException('Body is not valid UTF-8'), undefined);
      return;
    }
    if (jsonNestsDeeperThan(text, MAX_JSON_DEPTH)) {
      done(
        new BadRequestException(`Body nests objects and arrays deeper than ${MAX_JSON_DEPTH} levels`),
        undefined,
      );
      return;
    }
    parseJson(request, text, done);
  });
  // Every other content type, and a body without one. Some clients label bodiless requests with a
  // content type: with no body there is nothing to refuse.
  fastify.addContentTypeParser('*', (request, _payload, done) => {
    if (isEmptyBody(request)) done(null, undefined);
    else {
      done(
        new UnsupportedMediaTypeException('Request bodies must be JSON (application/json or application/fhir+json)'),
        undefined,
      );
    }
  });

  fastify.addHook('preValidation', async (request) => {
    const problems = [
      ...findHostileStrings(request.params, 'params'),
      ...findHostileStrings(request.query, 'query'),
      ...findHostileStrings(request.body, 'body'),
    ];
    if (problems.length > 0) throw validationException(problems.slice(0, MAX_PROBLEMS));
  });
}
