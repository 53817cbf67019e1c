import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

// Every response a test receives through TestApp.request() is checked against the document the app
// serves: the route, method and status must be documented, and a JSON body must match its schema.
// The document is OpenAPI 3.0 (`nullable`, `#/components/schemas/…`); it is converted to draft-07.

type Schema = Record<string, unknown>;
interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface CheckedResponse {
  method: string;
  url: string;
  status: number;
  contentType: string;
  body: unknown;
  rawBody: string;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);
// Served by Swagger itself, not described in the document.
const UNDESCRIBED = /^\/api\/docs(?:-json|-yaml)?(?:\/|$)/;

/**
 * OpenAPI 3.0 to draft-07, refs pointing at `definitions`. `nullable: true` admits null for the `type`
 * beside it only (3.0.3), not through `$ref`, `allOf` or `oneOf`: so `type: [t, 'null']`.
 */
function convert(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(convert);
  if (value === null || typeof value !== 'object') return value;
  const { nullable, ...rest } = value as Schema;
  const out: Schema = {};
  for (const [key, child] of Object.entries(rest)) {
    if (key === '$ref' && typeof child === 'string')
      out[key] = child.replace('#/components/schemas/', '#/definitions/');
    else if (key === 'example' || key === 'examples') out[key] = child;
    else out[key] = convert(child);
  }
  if (nullable !== true || typeof out.type !== 'string') return out;
  out.type = [out.type, 'null'];
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  return out;
}

function templateRegex(template: string): RegExp {
  const pattern = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${pattern}$`);
}

function formatErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => `  ${e.instancePath || '(root)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('\n');
}

export class OpenApiContract {
  private readonly ajv: Ajv;
  private readonly routes: { template: string; regex: RegExp; methods: Record<string, Operation> }[];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(document: OpenApiDocument) {
    this.ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'openapi', definitions: convert(document.components?.schemas ?? {}) });
    this.routes = Object.entries(document.paths).map(([template, methods]) => ({
      template,
      regex: templateRegex(template),
      methods: Object.fromEntries(Object.entries(methods).filter(([m]) => METHODS.has(m))),
    }));
  }

  private validator(key: string, schema: Schema): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      const converted = JSON.parse(
        JSON.stringify(convert(schema)).replaceAll('"#/definitions/', '"openapi#/definitions/'),
      ) as Schema;
      validate = this.ajv.compile(converted);
      this.compiled.set(key, validate);
    }
    return validate;
  }

  private errorShape(): ValidateFunction {
    return this.validator('ErrorResponseDto', { $ref: '#/components/schemas/ErrorResponseDto' });
  }

  /** The problems with a response, or an empty list when it is what the document says. */
  check(response: CheckedResponse): string[] {
    const path = response.url.split('?')[0];
    const method = response.method.toLowerCase();
    // A CORS preflight is answered by the CORS plugin for any path; it is no operation of the API.
    if (method === 'options' || UNDESCRIBED.test(path) || !path.startsWith('/api/')) return [];
    const route = this.routes.find(
      (r) => r.regex.test(path) && r.methods[method === 'head' ? 'get' : method],
    );
    const isJson = response.contentType.includes('application/json');
    if (!route) {
      // No operation (an unknown path, a wrong method, an undecodable URL): only the error shape.
      if (response.status < 400) return [`an undocumented route answered ${response.status}`];
      if (!isJson) return [`an undocumented route answered ${response.status} in ${response.contentType}`];
      const validate = this.errorShape();
      return validate(response.body) ? [] : [`error body does not match:\n${formatErrors(validate.errors)}`];
    }
    const operationMethod = method === 'head' ? 'get' : method;
    const where = `${operationMethod.toUpperCase()} ${route.template} ${response.status}`;
    const documented = route.methods[operationMethod].responses?.[String(response.status)];
    if (!documented) return [`${where}: status not documented`];
    const content = documented.content ?? {};
    const mediaTypes = Object.keys(content);
    if (mediaTypes.length === 0) {
      return response.rawBody.length === 0 ? [] : [`${where}: documented without a body, but has one`];
    }
    const mediaType = mediaTypes.find((type) => response.contentType.startsWith(type));
    if (!mediaType) return [`${where}: content type ${response.contentType} not in ${mediaTypes.join(', ')}`];
    if (method === 'head' || !isJson) return [];
    const schema = content[mediaType].schema;
    if (!schema) return [];
    const validate = this.validator(where, schema);
    return validate(response.body)
      ? []
      : [`${where}: body does not match:\n${formatErrors(validate.errors)}`];
  }
}
