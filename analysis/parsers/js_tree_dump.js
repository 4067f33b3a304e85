// Reads a JavaScript program on standard input, parses it with acorn (Debian's node-acorn) and writes
// the language-neutral program model that analysis/lowering.py reads, as one JSON document.
'use strict';

function loadAcorn() {
    try {
        return require('acorn');
    } catch (e) {
        // Debian installs its Node.js modules in /usr/share/nodejs, on the search path of Debian's node
        // but not of other builds of node.
        try {
            return require('/usr/share/nodejs/acorn');
        } catch (missing) {
            // The analyzer passes a parser's error through to the panel, which shows it as the reason.
            process.stdout.write(JSON.stringify({ ok: false, line: 0, error:
                'JavaScript analysis needs the acorn parser: install Debian\'s node-acorn' }) + '\n');
            process.exit(0);
        }
    }
}

// What Measure can call (callNotes): js_measure_kinds.js, which the build puts before this file; run
// from its own file, this script loads it.
if (typeof callNotes === 'undefined')
    Object.assign(globalThis, require('./js_measure_kinds.js'));

const acorn = loadAcorn();
const source = require('fs').readFileSync(0, 'utf8');

function parse(text) {
    const options = { ecmaVersion: 'latest', locations: true, allowHashBang: true,
                      allowReturnOutsideFunction: true, allowAwaitOutsideFunction: true };
    try {
        return acorn.parse(text, Object.assign({ sourceType: 'script' }, options));
    } catch (e) {
        try {
            return acorn.parse(text, Object.assign({ sourceType: 'module' }, options));
        } catch (ignored) {
            throw e;
        }
    }
}

function at(node, out) {
    if (node && node.loc) {
        out.line = node.loc.start.line;
        out.end = node.loc.end.line;
    }
    return out;
}

function names(pattern) {
    if (!pattern) return [];
    switch (pattern.type) {
    case 'Identifier': return [pattern.name];
    case 'ArrayPattern': return pattern.elements.flatMap(names);
    case 'ObjectPattern': return pattern.properties.flatMap(p => names(p.type === 'RestElement' ? p.argument : p.value));
    case 'AssignmentPattern': return names(pattern.left);
    case 'RestElement': return names(pattern.argument);
    default: return [];
    }
}

// Why Measure cannot call each function the harness could reach (js_measure_kinds.js's callNotes, the
// harness's own rules), for the IDE's picker; filled once the program is parsed.
let measureNotes = new Map();

function func(node, name) {
    const body = node.body.type === 'BlockStatement'
        ? statements(node.body.body)
        : [{ t: 'return', e: expr(node.body) }];
    const out = { t: 'func', name: name || (node.id && node.id.name) || 'anonymous',
                  params: node.params.flatMap(names).map(n => ({ name: n, type: '' })), body };
    const note = measureNotes.has(node) ? measureNotes.get(node)
        : 'not a top-level function nor a method of a top-level class, which Measure calls';
    if (note) out.measure = note;
    return at(node, out);
}

function classDecl(node) {
    const members = [];
    for (const m of node.body.body) {
        if (m.type === 'MethodDefinition') {
            const name = m.kind === 'constructor' ? node.id && node.id.name : m.key.name || 'method';
            members.push(func(m.value, name));
        } else if (m.type === 'PropertyDefinition' && m.key.type === 'Identifier') {
            members.push(at(m, { t: 'decl', name: m.key.name, type: '', init: m.value ? expr(m.value) : null }));
        }
    }
    return at(node, { t: 'class', name: (node.id && node.id.name) || 'Anonymous', members });
}

function statements(list) {
    return list.flatMap(statement);
}

function body(node) {
    if (!node) return [];
    return node.type === 'BlockStatement' ? statements(node.body) : statement(node);
}

function declaredType(init) {
    if (!init) return '';
    if (init.type === 'ArrayExpression') return 'Array';
    if (init.type === 'NewExpression' && init.callee.type === 'Identifier') return init.callee.name;
    if (init.type === 'Literal' && typeof init.value === 'string') return 'String';
    return '';
}

function statement(node) {
    switch (node.type) {
    case 'VariableDeclaration':
        return node.declarations.flatMap(d => {
            if (d.init && (d.init.type === 'ArrowFunctionExpression' || d.init.type === 'FunctionExpression')
                && d.id.type === 'Identifier')
                return [func(d.init, d.id.name)];
            return names(d.id).map(n => at(d, { t: 'decl', name: n, type: declaredType(d.init),
                                                init: d.init ? expr(d.init) : null }));
        });
    case 'FunctionDeclaration': return [func(node)];
    // import ... from 'module': what it loads matters to the risks (child_process, net).
    case 'ImportDeclaration': return [at(node, { t: 'import', module: String(node.source.value) })];
    case 'ClassDeclaration': return [classDecl(node)];
    case 'ExpressionStatement': return [at(node, { t: 'expr', e: expr(node.expression) })];
    case 'BlockStatement': return [at(node, { t: 'block', body: statements(node.body) })];
    case 'IfStatement':
        return [at(node, { t: 'if', c: expr(node.test), then: body(node.consequent), else: body(node.alternate) })];
    case 'ForStatement': {
        const init = !node.init ? [] : node.init.type === 'VariableDeclaration'
            ? statement(node.init) : [at(node.init, { t: 'expr', e: expr(node.init) })];
        const update = !node.update ? [] : node.update.type === 'SequenceExpression'
            ? node.update.expressions.map(expr) : [expr(node.update)];
        return [at(node, { t: 'for', init, c: node.test ? expr(node.test) : null, update, body: body(node.body) })];
    }
    case 'ForOfStatement':
    case 'ForInStatement': {
        const left = node.left.type === 'VariableDeclaration' ? node.left.declarations[0].id : node.left;
        const iter = node.type === 'ForInStatement'
            ? { t: 'call', callee: { t: 'member', obj: { t: 'name', id: 'Object' }, name: 'keys' }, args: [expr(node.right)] }
            : expr(node.right);
        return [at(node, { t: 'foreach', var: names(left)[0] || '_', type: '', iter, body: body(node.body) })];
    }
    case 'WhileStatement': return [at(node, { t: 'while', c: expr(node.test), body: body(node.body) })];
    case 'DoWhileStatement': return [at(node, { t: 'do', c: expr(node.test), body: body(node.body) })];
    case 'ReturnStatement': return [at(node, { t: 'return', e: node.argument ? expr(node.argument) : null })];
    // break outer; / continue outer; name the loop they leave (lowering.py's loop_stmt).
    case 'BreakStatement': return [at(node, node.label ? { t: 'break', label: node.label.name } : { t: 'break' })];
    case 'ContinueStatement':
        return [at(node, node.label ? { t: 'continue', label: node.label.name } : { t: 'continue' })];
    case 'ThrowStatement': return [at(node, { t: 'throw', e: expr(node.argument) })];
    case 'LabeledStatement': {
        // outer: for (...): the loop keeps its label (its init, if any, comes before it).
        const out = statement(node.body);
        const loop = out[out.length - 1];
        if (loop && ['for', 'foreach', 'while', 'do'].includes(loop.t)) loop.label = node.label.name;
        return out;
    }
    case 'SwitchStatement':
        return [at(node, { t: 'switch', e: expr(node.discriminant),
                           cases: node.cases.map(c => ({ labels: c.test ? [expr(c.test)] : [],
                                                         body: statements(c.consequent) })) })];
    case 'TryStatement':
        return [at(node, { t: 'try', resources: [], body: statements(node.block.body),
                           handlers: node.handler ? [statements(node.handler.body.body)] : [],
                           finally: node.finalizer ? statements(node.finalizer.body) : [] })];
    default:
        return [];
    }
}

const BINARY = new Set(['+', '-', '*', '/', '%', '<<', '>>', '>>>', '&', '|', '^', '==', '!=', '===', '!==',
                        '<', '<=', '>', '>=', '**', '&&', '||']);

function expr(node) {
    if (!node) return null;
    switch (node.type) {
    case 'Identifier': return { t: 'name', id: node.name };
    case 'ThisExpression': return { t: 'name', id: 'this' };
    case 'Literal':
        if (typeof node.value === 'number') return { t: 'num', v: node.value };
        if (typeof node.value === 'boolean') return { t: 'bool', v: node.value };
        if (node.value === null) return { t: 'null' };
        if (typeof node.bigint === 'string') return { t: 'num', v: Number(node.bigint) };
        return { t: 'str', v: String(node.value) };
    case 'TemplateLiteral': return { t: 'str', v: node.quasis.map(q => q.value.cooked).join('') };
    case 'BinaryExpression':
    case 'LogicalExpression': {
        const op = node.operator === '??' ? '||' : node.operator;
        if (!BINARY.has(op)) return { t: 'other', kind: op };
        return { t: 'bin', op, l: expr(node.left), r: expr(node.right) };
    }
    case 'UnaryExpression':
        if (node.operator === 'typeof' || node.operator === 'void' || node.operator === 'delete')
            return { t: 'other', kind: node.operator };
        return { t: 'un', op: node.operator, e: expr(node.argument) };
    case 'UpdateExpression':
        return { t: 'un', op: node.prefix ? node.operator + 'pre' : 'post' + node.operator, e: expr(node.argument) };
    case 'AssignmentExpression':
        if (node.left.type === 'ArrayPattern' || node.left.type === 'ObjectPattern')
            return { t: 'other', kind: 'destructuring' };
        return { t: 'assign', op: node.operator, target: expr(node.left), value: expr(node.right) };
    case 'CallExpression':
        return at(node, { t: 'call', callee: expr(node.callee), args: node.arguments.map(expr) });
    case 'NewExpression':
        return at(node, { t: 'new', type: node.callee.type === 'Identifier' ? node.callee.name : 'Object',
                          args: node.arguments.map(expr) });
    case 'MemberExpression':
        if (node.computed) return { t: 'index', obj: expr(node.object), idx: expr(node.property) };
        return { t: 'member', obj: expr(node.object), name: node.property.name || 'property' };
    case 'ArrayExpression':
        return at(node, { t: 'newarray', type: 'Array', dims: [], init: node.elements.filter(Boolean).map(expr) });
    case 'ObjectExpression': return { t: 'new', type: 'Object', args: [] };
    case 'ConditionalExpression':
        return { t: 'cond', c: expr(node.test), a: expr(node.consequent), b: expr(node.alternate) };
    case 'ArrowFunctionExpression':
    case 'FunctionExpression': {
        const f = func(node, 'lambda');
        return at(node, { t: 'lambda', params: f.params.map(p => p.name), body: f.body });
    }
    case 'SequenceExpression':
        return node.expressions.map(expr).reduce((l, r) => ({ t: 'bin', op: ',', l, r }));
    case 'ImportExpression':
        // import('module') loads a module at run time, as require('module') does.
        return at(node, { t: 'call', callee: { t: 'name', id: 'require' }, args: [expr(node.source)] });
    case 'SpreadElement':
    case 'AwaitExpression':
        return expr(node.argument);
    case 'ChainExpression':
    case 'ParenthesizedExpression':
        return expr(node.expression);
    default:
        return { t: 'other', kind: node.type };
    }
}

let out;
try {
    const tree = parse(source);
    measureNotes = callNotes(tree);
    const functions = [];
    const classes = [];
    const rest = [];
    for (const st of statements(tree.body)) {
        if (st.t === 'func') functions.push(st);
        else if (st.t === 'class') classes.push(st);
        else rest.push(st);
    }
    out = { t: 'program', lang: 'javascript', functions, classes, body: rest };
} catch (e) {
    out = { ok: false, line: e.loc ? e.loc.line : 0, error: 'syntax error: ' + e.message.replace(/ \(\d+:\d+\)$/, '') };
}
process.stdout.write(JSON.stringify(out) + '\n');
