// What Measure for JavaScript can call and what it passes: the top-level functions and the methods of
// top-level classes, and from each parameter's use what kind of argument to make. Shared by the harness
// (js_measure.js) and the static analysis's dump (js_tree_dump.js), so that the IDE's picker offers
// what the harness accepts: the build puts this file before each of them (one script for the sandbox);
// run from their own files they require it.
'use strict';

const STRING_METHODS = new Set(['charAt', 'charCodeAt', 'codePointAt', 'split', 'toLowerCase', 'toUpperCase',
    'substring', 'substr', 'trim', 'startsWith', 'endsWith', 'repeat', 'padStart', 'padEnd', 'localeCompare']);
const ARRAY_METHODS = new Set(['sort', 'push', 'pop', 'shift', 'unshift', 'map', 'filter', 'reduce', 'forEach',
    'some', 'every', 'find', 'findIndex', 'reverse', 'splice', 'fill', 'flat', 'length']);
const NUMBER_OPERATORS = new Set(['<', '<=', '>', '>=', '+', '-', '*', '/', '%', '**', '>>', '>>>', '<<', '&', '|', '^']);

// Every node under root, parents before children.
function walk(root, visit) {
    const stack = [root];
    while (stack.length) {
        const node = stack.pop();
        if (!node || typeof node.type !== 'string')
            continue;
        visit(node);
        for (const key of Object.keys(node)) {
            if (key === 'loc')
                continue;
            const value = node[key];
            if (Array.isArray(value))
                for (let i = value.length - 1; i >= 0; --i) stack.push(value[i]);
            else if (value && typeof value.type === 'string')
                stack.push(value);
        }
    }
}

function isName(node, name) {
    return node && node.type === 'Identifier' && node.name === name;
}

// A midpoint: (lo + hi) / 2 (under Math.floor or | 0), or x >> 1.
function halving(node) {
    let found = false;
    walk(node, n => {
        if (n.type === 'BinaryExpression' && n.right.type === 'Literal' && n.right.value === 2 && n.operator === '/')
            found = true;
        if (n.type === 'BinaryExpression' && (n.operator === '>>' || n.operator === '>>>')
            && n.right.type === 'Literal' && n.right.value === 1)
            found = true;
    });
    return found;
}

function halvingNames(fn) {
    const names = new Set();
    walk(fn.body, n => {
        if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.init && halving(n.init))
            names.add(n.id.name);
        if (n.type === 'AssignmentExpression' && n.left.type === 'Identifier' && halving(n.right))
            names.add(n.left.name);
    });
    return names;
}

// How a parameter is used: "sorted", "list", "str", "int", or null when the body does not say.
function parameterKind(fn, name) {
    let seq = 0, num = 0, text = 0, ordered = 0;
    const halves = halvingNames(fn);
    walk(fn.body, n => {
        if (n.type === 'MemberExpression' && isName(n.object, name)) {
            if (n.computed) {
                seq++;
                if ((n.property.type === 'Identifier' && halves.has(n.property.name)) || halving(n.property))
                    ordered++;
            } else if (STRING_METHODS.has(n.property.name)) {
                text++;
            } else if (ARRAY_METHODS.has(n.property.name) || n.property.name === 'slice'
                       || n.property.name === 'indexOf' || n.property.name === 'includes') {
                seq++;
            }
        } else if ((n.type === 'ForOfStatement' || n.type === 'ForInStatement') && isName(n.right, name)) {
            seq++;
        } else if (n.type === 'SpreadElement' && isName(n.argument, name)) {
            seq++;
        } else if (n.type === 'BinaryExpression' && NUMBER_OPERATORS.has(n.operator)
                   && (isName(n.left, name) || isName(n.right, name))) {
            num++;
        } else if (n.type === 'UpdateExpression' && isName(n.argument, name)) {
            num++;
        } else if (n.type === 'CallExpression' && n.arguments.some(a => isName(a, name))) {
            const callee = n.callee;
            if (callee.type === 'MemberExpression' && isName(callee.object, 'Math'))
                num++;
        }
    });
    if (ordered) return 'sorted';
    if (text && text >= num) return 'str';
    if (seq > num) return 'list';
    if (num > 0) return 'int';
    return null;
}

// Why a class's instance methods cannot be called on an object made with `new C()`: its constructor
// declares a parameter without a default (the object would be made of undefined), or null when they can.
function constructionRefusal(name, classNode) {
    const constructor = classNode.body.body.find(m => m.type === 'MethodDefinition' && m.kind === 'constructor');
    if (constructor && constructor.value.params.some(p => p.type !== 'AssignmentPattern'))
        return 'a method of ' + name + ', whose constructor takes arguments Measure cannot know: make it static';
    return null;
}

// Top-level functions (declarations, and const/let/var bound to a function or an arrow) and the methods
// of top-level classes (static ones called on the class, the others on one object made with `new C()`),
// in the program's order; `refusal` says why one cannot be called.
function topFunctions(program) {
    const found = [];
    const plain = fn => !fn.async && !fn.generator;
    for (const node of program.body) {
        const statement = node.type === 'ExportNamedDeclaration' && node.declaration ? node.declaration : node;
        if (statement.type === 'FunctionDeclaration' && statement.id && plain(statement))
            found.push({ name: statement.id.name, fn: statement });
        else if (statement.type === 'VariableDeclaration')
            for (const d of statement.declarations) {
                if (d.id.type === 'Identifier' && d.init && plain(d.init)
                    && (d.init.type === 'FunctionExpression' || d.init.type === 'ArrowFunctionExpression'))
                    found.push({ name: d.id.name, fn: d.init });
                else if (d.id.type === 'Identifier' && d.init && d.init.type === 'ClassExpression')
                    found.push(...methods(d.id.name, d.init));
            }
        else if (statement.type === 'ClassDeclaration' && statement.id)
            found.push(...methods(statement.id.name, statement));
    }
    return found;
}

function methods(className, classNode) {
    const refusal = constructionRefusal(className, classNode);
    return classNode.body.body
        .filter(m => m.type === 'MethodDefinition' && m.kind === 'method' && !m.computed && m.key.type === 'Identifier')
        .map(m => ({ name: m.key.name, fn: m.value, owner: className, isStatic: m.static,
                     refusal: m.value.async || m.value.generator ? 'an async function or a generator'
                              : m.static ? null : refusal }));
}

function signature(fn) {
    if (!fn.params.length || !fn.params.every(p => p.type === 'Identifier'))
        return null;
    const params = [];
    for (const p of fn.params) {
        const kind = parameterKind(fn, p.name);
        if (!kind) return null;
        params.push([p.name, kind]);
    }
    return params;
}

// The named function (or, with no name, the first Measure can call) with its parameters' kinds; with a
// name that cannot be called, { refusal }.
function chooseFunction(program, wanted) {
    let refusal = null;
    let named = false;
    for (const found of topFunctions(program)) {
        if (wanted && found.name !== wanted) continue;
        named = true;
        if (found.refusal) {
            refusal = refusal || wanted + '() cannot be measured: it is ' + found.refusal;
            continue;
        }
        const params = signature(found.fn);
        if (params) return Object.assign({ params }, found);
    }
    if (wanted && !named)
        refusal = wanted + '() is not a top-level function nor a method of a top-level class: Measure cannot call it';
    return refusal ? { refusal } : null;
}

// {function node -> why Measure cannot call it, or null} for the program's top-level functions, class
// methods, constructors and accessors (a function not in it is not one Measure can reach).
function callNotes(program) {
    const notes = new Map();
    for (const found of topFunctions(program)) {
        notes.set(found.fn, found.refusal ? 'it is ' + found.refusal
                            : signature(found.fn) ? null : useRefusal(found.fn));
    }
    for (const node of program.body) {
        const statement = node.type === 'ExportNamedDeclaration' && node.declaration ? node.declaration : node;
        if (statement.type !== 'ClassDeclaration')
            continue;
        for (const m of statement.body.body) {
            if (m.type === 'MethodDefinition' && m.kind === 'constructor')
                notes.set(m.value, 'a constructor: Measure calls functions and methods');
            else if (m.type === 'MethodDefinition' && m.kind !== 'method')
                notes.set(m.value, 'an accessor: Measure calls functions and methods');
        }
    }
    return notes;
}

function useRefusal(fn) {
    if (!fn.params.length)
        return 'it takes no parameter: nothing of it can grow';
    if (!fn.params.every(p => p.type === 'Identifier'))
        return 'a parameter is a pattern or has a default, which Measure does not pass';
    const unknown = fn.params.filter(p => !parameterKind(fn, p.name)).map(p => p.name);
    return 'the use of ' + unknown.join(', ') + ' does not show whether it is an array, a string or a number';
}

if (typeof module !== 'undefined' && require.main !== module)
    module.exports = { STRING_METHODS, ARRAY_METHODS, NUMBER_OPERATORS, walk, isName, halving, halvingNames,
                       parameterKind, constructionRefusal, topFunctions, methods, signature, chooseFunction,
                       callNotes, useRefusal };
