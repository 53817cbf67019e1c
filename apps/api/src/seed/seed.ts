import type { Discipline, Role } from '@consilium/domain';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RuntimeConfig } from '../config/config.module';
import { User } from '../modules/users/user.entity';
import { UsersService } from '../modules/users/users.service';

export const DEMO_PASSWORD = 'consilium-demo';

export const DEMO_ACCOUNTS: { email: string; displayName: string; role: Role; discipline?: Discipline }[] = [
  { email: 'coordinator@demo.consilium.test', displayName: 'Claire Coordinator', role: 'coordinator' },
  { email: 'admin@demo.consilium.test', displayName: 'Adam Admin', role: 'admin' },
  {
    email: 'oncologist@demo.consilium.test',
    displayName: 'Dr Olivia Oncologist',
    role: 'clinician',
    discipline: 'medical_oncology',
  },
  {
    email: 'surgeon@demo.consilium.test',
    displayName: 'Dr Samuel Surgeon',
    role: 'clinician',
    discipline: 'surgery',
  },
  {
    email: 'ir@demo.consilium.test',
    displayName: 'Dr Irene Interventional',
    role: 'clinician',
    discipline: 'interventional_radiology',
  },
  {
    email: 'radiologist@demo.consilium.test',
    displayName: 'Dr Raj Radiologist',
    role: 'clinician',
    discipline: 'radiology',
  },
];

export interface SeedResult {
  bootstrapAdmin: string | null;
  demoAccounts: { email: string; role: Role; discipline?: Discipline }[];
}

/**
 * First-start data. On an empty user table: the bootstrap admin from ADMIN_EMAIL/ADMIN_PASSWORD (how a
 * real deployment starts), and the demo accounts when demo data is on (embedded default, or
 * DEMO_DATA=true). A database that already has users is never touched.
 */
export async function seed(app: INestApplication, config: RuntimeConfig): Promise<SeedResult> {
  const users = app.get(UsersService);
  const empty = (await app.get(DataSource).getRepository(User).count()) === 0;
  const result: SeedResult = { bootstrapAdmin: null, demoAccounts: [] };
  if (!empty) return result;

  if (config.bootstrapAdmin) {
    await users.create(null, {
      email: config.bootstrapAdmin.email,
      displayName: 'Administrator',
      role: 'admin',
      password: config.bootstrapAdmin.password,
    });
    result.bootstrapAdmin = config.bootstrapAdmin.email.toLowerCase();
  }
  if (config.demoData) {
    for (const account of DEMO_ACCOUNTS) {
      if (account.email === result.bootstrapAdmin) continue;
      await users.create(null, { ...account, password: DEMO_PASSWORD });
      result.demoAccounts.push({ email: account.email, role: account.role, discipline: account.discipline });
    }
  }
  return result;
}
