import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

// Failed logins, counted per account and per client address to rate-limit guessing. Kept in the
// database (not in memory) so that every API instance behind a load balancer sees the same count.
@Entity({ name: 'login_failure' })
export class LoginFailure {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  ip!: string;

  @Column({ name: 'failed_at', type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  failedAt!: Date;
}
