// generated/model.json: the whole operation model, for what is not shipped in the client: the
// emulator (routes, parameters, permissions, page defaults), the tests' tables, spec:compare and
// the docs plugin. Schemas keep their `$ref`s into openapi.json's components.

/** The model as JSON text. */
export function modelJson(model) {
  const operations = model.operations.map((op) => {
    const { typeNames, body, ...rest } = op;
    return {
      ...rest,
      body: body && { required: body.required, schema: body.schema, example: body.example },
      typeNames,
    };
  });
  const namespaces = model.namespaces.map(({ custom, ...ns }) => ({
    ...ns,
    custom: custom ? { className: custom.className, methods: custom.methods } : undefined,
  }));
  return `${JSON.stringify({ operations, namespaces }, null, 2)}\n`;
}
