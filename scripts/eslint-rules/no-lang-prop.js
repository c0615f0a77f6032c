/**
 * `local/no-lang-prop`: a React component (a PascalCase function in a `.tsx` file) takes no
 * prop named `lang`. The reader's language belongs to the story session: components read it
 * with `useLang()` from `@/lib/session/use-session`, so it is never passed down from parent to
 * child. A component that shows a language other than the session's (the other column of
 * parallel reading, say) takes a prop whose name says which (`textLang`, `other`).
 *
 * A prop counts when the component destructures it (`({ lang })`) or when its props type
 * declares it: an inline type, or an interface or type alias of the same file (through `&`
 * and `|`), as the first parameter's type or as `FC<…>`'s type argument.
 */

const isComponentName = (name) => typeof name === 'string' && /^[A-Z]/.test(name);
const isFunction = (node) => node?.type === 'ArrowFunctionExpression' || node?.type === 'FunctionExpression' || node?.type === 'FunctionDeclaration';
const keyName = (key) => (key?.type === 'Identifier' ? key.name : key?.type === 'Literal' ? String(key.value) : null);

/** `memo(function …)`, `forwardRef((props, ref) => …)`, `React.memo(…)`: the function inside. */
function componentFunction(init) {
  if (isFunction(init)) return init;
  if (init?.type === 'CallExpression') return init.arguments.find(isFunction) ?? null;
  return null;
}

const typeArgsOf = (node) => node.typeArguments?.params ?? node.typeParameters?.params ?? [];

export const noLangProp = {
  meta: {
    type: 'problem',
    docs: { description: 'React components read the language from the session, not from a `lang` prop.' },
    schema: [],
    messages: {
      langProp:
        "Component '{{name}}' takes a `lang` prop. Read the reader's language with useLang() from @/lib/session/use-session; if it shows a language other than the session's, name the prop for it (e.g. `textLang`, `other`).",
    },
  },
  create(context) {
    if (!context.filename.endsWith('.tsx')) return {};
    /** Interfaces and type aliases of this file, by name: where a props type is usually declared. */
    const types = new Map();
    const components = [];

    /** The `lang` member of a props type, followed through local names, `&` and `|`; or null. */
    function langMember(type, seen = new Set()) {
      if (!type) return null;
      switch (type.type) {
        case 'TSTypeLiteral':
          return type.members.find((m) => m.type === 'TSPropertySignature' && keyName(m.key) === 'lang') ?? null;
        case 'TSInterfaceBody':
          return type.body.find((m) => m.type === 'TSPropertySignature' && keyName(m.key) === 'lang') ?? null;
        case 'TSIntersectionType':
        case 'TSUnionType':
          for (const t of type.types) {
            const found = langMember(t, seen);
            if (found) return found;
          }
          return null;
        case 'TSTypeReference': {
          const name = type.typeName?.type === 'Identifier' ? type.typeName.name : null;
          const declared = name ? types.get(name) : undefined;
          if (declared && !seen.has(name)) {
            seen.add(name);
            return langMember(declared, seen);
          }
          // `Readonly<Props>`, `PropsWithChildren<Props>` and the like: look inside.
          for (const t of typeArgsOf(type)) {
            const found = langMember(t, seen);
            if (found) return found;
          }
          return null;
        }
        default:
          return null;
      }
    }

    function langProp({ fn, typed }) {
      let param = fn.params[0];
      if (param?.type === 'AssignmentPattern') param = param.left;
      if (param?.type === 'ObjectPattern') {
        const destructured = param.properties.find((p) => p.type === 'Property' && keyName(p.key) === 'lang');
        if (destructured) return destructured;
      }
      const annotation = param?.typeAnnotation?.typeAnnotation;
      if (annotation) return langMember(annotation);
      // `const X: FC<Props> = (props) => …`
      if (typed?.type === 'TSTypeReference') return typeArgsOf(typed).map((t) => langMember(t)).find(Boolean) ?? null;
      return null;
    }

    return {
      TSInterfaceDeclaration(node) {
        types.set(node.id.name, node.body);
      },
      TSTypeAliasDeclaration(node) {
        types.set(node.id.name, node.typeAnnotation);
      },
      FunctionDeclaration(node) {
        if (isComponentName(node.id?.name)) components.push({ name: node.id.name, fn: node });
      },
      VariableDeclarator(node) {
        if (node.id.type !== 'Identifier' || !isComponentName(node.id.name)) return;
        const fn = componentFunction(node.init);
        if (fn) components.push({ name: node.id.name, fn, typed: node.id.typeAnnotation?.typeAnnotation });
      },
      // Types may be declared below the component that uses them: judge at the end of the file.
      'Program:exit'() {
        for (const c of components) {
          const found = langProp(c);
          if (found) context.report({ node: found, messageId: 'langProp', data: { name: c.name } });
        }
      },
    };
  },
};
