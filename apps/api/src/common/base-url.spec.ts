import { publicBaseUrl } from '@api/common/base-url';

describe('publicBaseUrl', () => {
  const request = { protocol: 'http' as const, host: '10.0.0.7:3000' };

  it('uses PUBLIC_BASE_URL when it is set', () => {
    expect(publicBaseUrl({ publicBaseUrl: 'https://consilium.hospital.example' }, request)).toBe(
      'https://consilium.hospital.example',
    );
  });

  it("falls back to the request's protocol and host", () => {
    expect(publicBaseUrl({ publicBaseUrl: null }, request)).toBe('http://10.0.0.7:3000');
  });
});
