import { type GraphQLSchema, printSchema } from 'graphql';

/** The committed form of the schema: in declaration order, which only a change of the code changes. */
export function printSchemaFile(schema: GraphQLSchema): string {
  return `# Emitted from the code by \`npm run schema:emit\`; do not edit by hand.\n\n${printSchema(schema)}\n`;
}
