import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './use-users';

// No look-alike characters (0/O, 1/l/I): a generated password is read out or typed from paper.
const ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_.!?';
const GENERATED_LENGTH = 20;

/** A random password from the browser's cryptographic generator (no modulo bias: rejection sampling). */
export function generatePassword(length = GENERATED_LENGTH): string {
  const limit = 256 - (256 % ALPHABET.length);
  let out = '';
  while (out.length < length) {
    const bytes = crypto.getRandomValues(new Uint8Array(length * 2));
    for (const byte of bytes) {
      if (byte < limit && out.length < length) out += ALPHABET[byte % ALPHABET.length];
    }
  }
  return out;
}

interface PasswordFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string;
  name?: string;
}

/** A new password with the API's rule beside it, and a button that makes a strong one. */
export function PasswordField({ label, value, onChange, onBlur, error, name }: PasswordFieldProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <Stack gap={6}>
      <PasswordInput
        label={label}
        description={t('admin.password.rule', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })}
        required
        autoComplete="new-password"
        name={name}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        onBlur={onBlur}
        error={error}
        maxLength={PASSWORD_MAX_LENGTH}
        visible={visible}
        onVisibilityChange={setVisible}
        visibilityToggleButtonProps={{
          'aria-label': visible ? t('admin.password.hide') : t('admin.password.show'),
        }}
      />
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() => {
            onChange(generatePassword());
            // Shown, so that it can be given to the account's holder.
            setVisible(true);
          }}
        >
          {t('admin.password.generate')}
        </Button>
      </Group>
    </Stack>
  );
}
