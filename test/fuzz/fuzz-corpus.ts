/** The real maps the fuzzer mutates. */
export const FUZZ_CORPUS = [
    'examples/password-reset.journey',
    'examples/password-reset-ideal.journey',
    'examples/shared.journey',
    'examples/es/restablecimiento-de-contraseña.journey',
    'test/fixtures/messy/ragged.journey',
    'test/fixtures/messy/unicode.journey',
    'test/fixtures/messy/crlf-tabs.journey',
    'test/fixtures/messy/one-line.journey',
];
