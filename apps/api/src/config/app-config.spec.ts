import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to the embedded database with demo data on port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: null,
      demoData: true,
      jwtSecret: null,
      jwtTtlSeconds: 3600,
      embeddedPgDir: '.data/postgres',
      embeddedPgPort: 0,
      bootstrapAdmin: null,
    });
  });

  it('never turns demo data on by default with DATABASE_URL', () => {
    const env = { DATABASE_URL: 'postgres://u@db/consilium', JWT_SECRET: 'x'.repeat(32) };
    expect(loadConfig(env).demoData).toBe(false);
    expect(loadConfig({ ...env, DEMO_DATA: 'true' }).demoData).toBe(true);
  });

  it('names every bad variable in one error', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        JWT_SECRET: 'short',
        DEMO_DATA: 'yes',
        ADMIN_EMAIL: 'admin@x.org',
      });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const text = error!.problems.join('\n');
    for (const name of [
      'PORT',
      'DATABASE_URL',
      'JWT_SECRET',
      'DEMO_DATA',
      'ADMIN_EMAIL and ADMIN_PASSWORD',
    ]) {
      expect(text).toContain(name);
    }
  });

  it('reads PUBLIC_BASE_URL without a trailing slash and refuses a non-URL', () => {
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://consilium.hospital.example/' }).publicBaseUrl).toBe(
      'https://consilium.hospital.example',
    );
    expect(loadConfig({}).publicBaseUrl).toBeNull();
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'consilium' })).toThrow(/PUBLIC_BASE_URL/);
  });

  it('requires JWT_SECRET with DATABASE_URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgresql://u@db/c' })).toThrow(/JWT_SECRET/);
  });

  it('treats empty values as unset and reads the bootstrap admin', () => {
    const config = loadConfig({ PORT: '', ADMIN_EMAIL: 'root@h.example', ADMIN_PASSWORD: 'twelve chars!' });
    expect(config.port).toBe(3000);
    expect(config.bootstrapAdmin).toEqual({ email: 'root@h.example', password: 'twelve chars!' });
  });

  it('reads TRUST_PROXY as a hop count or proxy addresses, and refuses "trust everything"', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.4,::1' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.4',
      '::1',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: "true" would trust any client/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.local' })).toThrow(/TRUST_PROXY/);
  });

  it('reads CORS_ORIGINS as a list of origins, closed by default', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, http://localhost:5173' }).corsOrigins).toEqual([
      'https://a.example',
      'http://localhost:5173',
    ]);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example/path' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
  });

  it('names the new name of a renamed variable', () => {
    expect(() => loadConfig({ LOGIN_MAX_FAILURES_PER_IP: '20' })).toThrow(
      /LOGIN_MAX_FAILURES_PER_IP: renamed to LOGIN_MAX_FAILURES_PER_ADDRESS/,
    );
  });

  it('reads the database timeouts with fail-fast defaults', () => {
    expect(loadConfig({}).databaseTimeouts).toEqual({
      connectMs: 5000,
      statementMs: 15000,
      lockMs: 5000,
      idleInTransactionMs: 60000,
    });
    expect(loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '2500' }).databaseTimeouts.statementMs).toBe(2500);
    expect(() => loadConfig({ DATABASE_LOCK_TIMEOUT_MS: '10' })).toThrow(/DATABASE_LOCK_TIMEOUT_MS/);
  });
});
