import type { ButtonHTMLAttributes, ReactNode } from 'react';

type Variant = 'primary' | 'secondary' | 'ghost' | 'danger';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  icon?: ReactNode;
}

export function Button({ variant = 'secondary', icon, className, children, type = 'button', ...rest }: ButtonProps) {
  const classes = ['btn', `btn--${variant}`, children ? '' : 'btn--icon-only', className ?? ''].filter(Boolean);
  return (
    <button type={type} className={classes.join(' ')} {...rest}>
      {icon}
      {children}
    </button>
  );
}
