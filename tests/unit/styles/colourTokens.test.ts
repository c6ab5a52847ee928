// Colours come only from the design tokens (src/styles/tokens.css), so a theme is one block of token
// values: a colour written anywhere else would stay the same in every theme.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..', '..', '..', 'src');
const TOKENS = path.join(SRC, 'styles', 'tokens.css');

// CSS Color 4's named colours; transparent, currentColor and inherit are allowed.
const NAMED = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue ' +
    'chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey ' +
    'darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray ' +
    'darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen ' +
    'fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki ' +
    'lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen ' +
    'lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime ' +
    'limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue ' +
    'mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive ' +
    'olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum ' +
    'powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue ' +
    'slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke ' +
    'yellow yellowgreen'
  ).split(' '),
);
const COLOUR_FUNCTION = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;
const HEX = /#[0-9a-f]{3,8}\b/i;

/** The colour literals in a stylesheet's declaration values, as `property: value`. */
function colourLiterals(css: string): string[] {
  const found: string[] = [];
  const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, property, rawValue] of code.matchAll(/([-\w]+)\s*:\s*([^;{}]+)(?=[;}])/g)) {
    const value = rawValue.replace(/'[^']*'|"[^"]*"/g, '').replace(/var\(\s*--[-\w]+/g, '');
    const words = value.toLowerCase().match(/[a-z][-a-z]*/g) ?? [];
    if (HEX.test(value) || COLOUR_FUNCTION.test(value) || words.some((word) => NAMED.has(word))) {
      found.push(`${property}: ${rawValue.trim()}`);
    }
  }
  return found;
}

/** The string literals in a script that hold a hex or functional colour (inline styles, the grid's theme). */
function scriptColourLiterals(source: string): string[] {
  const strings = source.match(/'[^'\n]*'|"[^"\n]*"|`[^`]*`/g) ?? [];
  return strings.filter((literal) => HEX.test(literal) || COLOUR_FUNCTION.test(literal));
}

function filesEndingWith(dir: string, extensions: string[]): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesEndingWith(full, extensions);
    return extensions.some((extension) => entry.name.endsWith(extension)) ? [full] : [];
  });
}

describe('colour literals', () => {
  it('are found in hex, functional and named form, and not in token references, keywords or selectors', () => {
    const css = `
      /* a comment may say #fff or red */
      .red-banner:hover, [data-tone='red'] { color: #B91C1C; }
      .a { box-shadow: 0 1px 2px rgb(15 23 42 / 0.2); border: 1px solid hsl(0 0% 50%); }
      .b { background: white; outline-color: color-mix(in srgb, var(--color-accent), oklch(70% 0.1 200)); }
      .c { color: var(--color-red); background: transparent; border-color: currentColor; fill: inherit; font-family: 'Gold Sans'; }
    `;
    expect(colourLiterals(css)).toEqual([
      'color: #B91C1C',
      'box-shadow: 0 1px 2px rgb(15 23 42 / 0.2)',
      'border: 1px solid hsl(0 0% 50%)',
      'background: white',
      'outline-color: color-mix(in srgb, var(--color-accent), oklch(70% 0.1 200))',
    ]);
  });

  it('appear in no stylesheet but tokens.css', () => {
    const files = filesEndingWith(SRC, ['.css']).filter((file) => file !== TOKENS);
    expect(files.length).toBeGreaterThan(0);
    const offenders = files.flatMap((file) =>
      colourLiterals(fs.readFileSync(file, 'utf8')).map((literal) => `${path.relative(SRC, file)}: ${literal}`),
    );
    expect(offenders).toEqual([]);
  });

  it("are found in a script's strings, not in its comments or names", () => {
    const source = `// #fff in a comment\nconst theme = { accentColor: '#4f46e5', border: "1px solid rgb(0 0 0)", fill: 'var(--color-accent)', id: 'deadbeef' };`;
    expect(scriptColourLiterals(source)).toEqual(["'#4f46e5'", '"1px solid rgb(0 0 0)"']);
  });

  it("appear in no renderer script: inline styles and the grid's theme take tokens too", () => {
    const files = filesEndingWith(SRC, ['.ts', '.tsx']);
    expect(files).toContain(path.join(SRC, 'grid', 'theme.ts'));
    const offenders = files.flatMap((file) =>
      scriptColourLiterals(fs.readFileSync(file, 'utf8')).map((literal) => `${path.relative(SRC, file)}: ${literal}`),
    );
    expect(offenders).toEqual([]);
  });

  it('live in tokens.css as custom properties on :root, so a theme can override every one', () => {
    const tokens = fs.readFileSync(TOKENS, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const rules = [...tokens.matchAll(/([^{}]+)\{([^}]*)\}/g)];
    expect(rules.map(([, selector]) => selector.trim())).toEqual([':root']);
    const properties = rules[0][2]
      .split(';')
      .map((declaration) => declaration.trim())
      .filter(Boolean);
    expect(properties.filter((declaration) => !declaration.startsWith('--'))).toEqual([]);
  });
});
