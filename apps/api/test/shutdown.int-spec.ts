import { AuthService } from '../src/auth/auth.service';
import { TEST_PASSWORD, TestApp } from './support/test-app';

describe('graceful shutdown', () => {
  it('lets in-flight requests finish before the pool closes', async () => {
    const t = await TestApp.create();
    const user = await t.createUser('coordinator');
    let arrived: () => void = () => undefined;
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
    const auth = t.app.get(AuthService);
    const validateLogin = auth.validateLogin.bind(auth);
    jest.spyOn(auth, 'validateLogin').mockImplementation((...args) => {
      arrived();
      return validateLogin(...args);
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.getHttpServer().address() as { port: number };

    // A login takes a while (Argon2id); close the app while it is being handled.
    const inFlight = fetch(`http://127.0.0.1:${address.port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
    });
    await requestArrived;
    const closing = t.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { accessToken: string }).accessToken).toEqual(expect.any(String));
    await closing;
    expect(t.dataSource.isInitialized).toBe(false);
  });
});
