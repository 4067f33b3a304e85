// Measure for JavaScript: times one function of a user's program at growing input sizes. Run inside the
// sandbox by analysis::EmpiricalAnalyzer with JavaScript's profile.
//
// Standard input: the JSON header line of analysis/empirical_harness.py ({"function", "size", "budget",
// and optionally "rounds", "refine_until" and "sizes"), then the program. Standard output: the harness's
// lines ({"n", "seconds"} per measurement of a size, then {"done": true, ...}), or {"error": "..."}.
//
// The function is chosen with acorn (Debian's node-acorn) among the top-level functions and the methods
// of top-level classes (an instance method is called on an object made with `new C()`, so its class's
// constructor must take no argument): the named one, else the first whose every parameter's use says
// what it is: a sorted array (indexed at a halved midpoint: a binary search), an
// array, a string, or a number. Only the program's declarations run (in a vm context of their own), so
// its top-level work, which would read input or print, never does.
'use strict';

const vm = require('vm');

function emit(obj) {
    process.stdout.write(JSON.stringify(obj) + '\n');
}

function loadAcorn() {
    try {
        return require('acorn');
    } catch (e) {
        // Debian's modules live in /usr/share/nodejs, on the search path of Debian's node only.
        try {
            return require('/usr/share/nodejs/acorn');
        } catch (missing) {
            emit({ error: 'Measure for JavaScript needs the acorn parser: install Debian\'s node-acorn' });
            process.exit(0);
        }
    }
}

// What Measure can call and what it passes (STRING_METHODS ... chooseFunction) is js_measure_kinds.js,
// which the build puts before this file (the dump of the static analysis shares it); run from its own
// file, this script loads it.
if (typeof chooseFunction === 'undefined')
    Object.assign(globalThis, require('./js_measure_kinds.js'));

// The function to time: a top-level one by its name; a static method bound to its class; an instance
// method bound to one object made with `new C()`, outside the timed region.
function resolve(chosen, context) {
    const value = vm.runInContext(chosen.owner || chosen.name, context);
    if (!chosen.owner)
        return value;
    const target = chosen.isStatic ? value : new value();
    return typeof target[chosen.name] === 'function' ? target[chosen.name].bind(target) : undefined;
}

// The program's declarations, each run alone so that one that reads input or throws leaves the others.
// Top-level let/const of scripts run in one context share its global scope, as in one program.
function loadDefinitions(program, source, context) {
    for (const node of program.body) {
        const statement = node.type === 'ExportNamedDeclaration' && node.declaration ? node.declaration : node;
        if (!['FunctionDeclaration', 'ClassDeclaration', 'VariableDeclaration'].includes(statement.type))
            continue;
        try {
            vm.runInContext(source.slice(statement.start, statement.end), context, { timeout: 1000 });
        } catch (ignored) {
        }
    }
}

// A deterministic generator, so that two measurements of one program see the same inputs.
function random(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state * 1664525 + 1013904223) >>> 0;
        return state;
    };
}

// The Array of the program's context. Arrays are made with it, so the function iterates arrays of its
// own realm: V8's fast paths (for...of, spreading, the array builtins) hold only for those, and an array
// of this script's realm took a generic path five to seven times slower per item, and noisier.
let RealmArray = Array;

function makeValue(kind, n, next) {
    if (kind === 'list' || kind === 'sorted') {
        const values = [];
        for (let i = 0; i < n; ++i) values.push(next() % 256);
        if (kind === 'sorted')
            values.sort((a, b) => a - b);
        return RealmArray.from(values);
    }
    if (kind === 'str') {
        let s = '';
        for (let i = 0; i < n; ++i) s += 'abcdefghij'[next() % 10];
        return s;
    }
    return n;
}

// The size parameter at size n; the others small and fixed (-1, which no generated array holds, so a
// search runs to its end; a short string; a short array).
function makeArguments(params, sizeName, n, next) {
    return params.map(([name, kind]) => name === sizeName ? makeValue(kind, n, next)
                                       : kind === 'int' ? -1 : kind === 'str' ? 'abc' : makeValue(kind, 8, next));
}

function fresh(args) {
    return args.map(a => Array.isArray(a) ? a.slice() : a);
}

function same(a, b) {
    return a.every((x, i) => !Array.isArray(x) || (x.length === b[i].length && x.every((v, j) => v === b[i][j])));
}

function* sizes(kind) {
    if (kind !== 'int') {
        // Up to 2^18 items, as the Python harness: beyond the caches memory traffic bends every curve.
        for (let n = 64; n <= 1 << 18; n *= 2) yield n;
    } else {
        // Numbers grow more slowly so that exponential functions still give several points.
        for (let n = 4; n <= 2 ** 40; n *= 1.4142) yield Math.floor(n);
    }
}

const seconds = () => Number(process.hrtime.bigint()) / 1e9;
let sink = 0; // results escape here, so the optimizer cannot drop a call whose value nothing reads

// The process's CPU time in seconds: on a loaded machine the wall clock would also count the time the
// scheduler gave others (node 18 has no per-thread figure; V8's helper threads add a little).
const cpuSeconds = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

// One batch of `reps` calls on copies of args made beforehand (on args themselves when the function
// leaves them as they were); the CPU seconds per call.
function batch(func, args, mutates, reps) {
    const copies = [];
    for (let i = 0; i < reps; ++i) copies.push(mutates ? fresh(args) : args);
    const start = cpuSeconds();
    for (const c of copies) {
        const r = func(...c);
        if (r === sink) sink++;
    }
    return (cpuSeconds() - start) / reps;
}

// At most this many calls per batch, so that the copies of a mutated collection stay in memory.
function mostCalls(collection, mutates, n) {
    return collection && mutates ? Math.max(1, Math.floor(4000000 / n)) : 100000;
}

// The second run's sizes (given with the first run's time per call), each with its arguments made and
// the function's effect on them probed by one call, while three such calls fit before the deadline.
// The given times size the rounds' batches; the rounds alone measure.
function prepare(func, params, sizeName, given, next, deadline) {
    const collection = params.some(([name, kind]) => name === sizeName && kind !== 'int');
    const points = [];
    for (const [n, expected] of given) {
        if (seconds() + 3 * expected + 0.05 > deadline)
            break;
        const args = makeArguments(params, sizeName, n, next);
        const probe = fresh(args);
        try {
            func(...probe);
        } catch (e) {
            break;
        }
        const mutates = !same(probe, args);
        points.push({ n, best: expected, args, mutates, most: mostCalls(collection, mutates, n) });
    }
    return points;
}

// The fastest time per call at size n, repeating calls until the clock is trustworthy; calls are
// timed in CPU time, the point's length (against the budget) on the wall clock. Also returns the
// arguments and whether the function changes them, for the size's later visits.
function measure(func, params, sizeName, n, next, perPoint) {
    const args = makeArguments(params, sizeName, n, next);
    const collection = params.some(([name, kind]) => name === sizeName && kind !== 'int');
    // A function that leaves its arguments as they were (a search) is called on the same arrays again;
    // copying n items per call would cost more than an O(log n) call itself.
    const probe = fresh(args);
    func(...probe);
    const mutates = !same(probe, args);
    const most = mostCalls(collection, mutates, n);
    let reps = 1;
    let best = Infinity;
    let busy = 0; // CPU seconds in the calls
    const pointStart = seconds();
    for (;;) {
        const perCall = batch(func, args, mutates, reps);
        best = Math.min(best, perCall);
        busy += perCall * reps;
        const spent = seconds() - pointStart;
        if (perCall * reps >= perPoint || spent >= 3 * perPoint)
            return { best, busy, args, mutates, most };
        const grow = perCall * reps * 4 < perPoint ? 4 : 2;
        if (reps * grow > most)
            return { best, busy, args, mutates, most };
        reps = Math.min(reps * grow, 100000);
    }
}

// Visits every size again, `rounds` times in all, while the budget lasts, each round in a new order,
// with one batch of about `perVisit` CPU seconds per visit: a size's time is then its fastest of
// several visits spread over the series. The first pass ran at growing n, so it also warmed the
// function up (V8 optimises it during the small sizes' many calls), but a change of tier, a collection
// or a neighbour's burst during it bends the sizes measured at that moment; visited again later and in
// another order, those sizes keep their undisturbed time and no end of the series is favoured (a round
// the budget cuts short leaves random sizes, not the large ones, with a visit fewer). Each visit's time
// is printed (the analyzer keeps each size's fastest).
function refine(measured, func, rounds, deadline, next, perVisit) {
    for (let round = 1; round < rounds && measured.length > 1; ++round) {
        const order = measured.map((_, i) => i);
        for (let i = order.length - 1; i > 0; --i) {
            const j = next() % (i + 1);
            [order[i], order[j]] = [order[j], order[i]];
        }
        for (const i of order) {
            const point = measured[i];
            const reps = Math.max(1, Math.min(point.most, Math.ceil(perVisit / point.best)));
            // A call cannot be interrupted: a visit starts only when three times its CPU time fits.
            if (seconds() + 3 * reps * point.best + 0.05 > deadline)
                return;
            let perCall;
            try {
                perCall = batch(func, point.args, point.mutates, reps);
            } catch (e) {
                return;
            }
            point.best = Math.min(point.best, perCall);
            emit({ n: point.n, seconds: perCall });
        }
    }
}

function parse(acorn, text) {
    const options = { ecmaVersion: 'latest', allowHashBang: true, allowReturnOutsideFunction: true,
                      allowAwaitOutsideFunction: true };
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

function main() {
    const input = require('fs').readFileSync(0, 'utf8');
    const newline = input.indexOf('\n');
    const header = JSON.parse((newline < 0 ? input : input.slice(0, newline)) || '{}');
    const source = newline < 0 ? '' : input.slice(newline + 1);
    const budget = Number(header.budget || 3.0);
    const acorn = loadAcorn();
    let program;
    try {
        program = parse(acorn, source);
    } catch (e) {
        emit({ error: 'syntax error at line ' + (e.loc ? e.loc.line : 0) + ': ' + e.message });
        return;
    }
    const wanted = header.function || '';
    const chosen = chooseFunction(program, wanted);
    if (chosen && chosen.refusal) {
        emit({ error: chosen.refusal });
        return;
    }
    if (!chosen) {
        emit({ error: wanted ? wanted + '() cannot be measured: the use of each parameter must show whether it '
                               + 'is an array, a string or a number'
                             : 'no function whose parameters are arrays, strings or numbers to measure' });
        return;
    }
    const { name, params } = chosen;
    const names = params.map(p => p[0]);
    const sizeName = names.includes(header.size) ? header.size
        : (params.find(([, kind]) => kind !== 'int') || params[0])[0];
    const kind = params.find(p => p[0] === sizeName)[1];
    // The program's own output and input stay out of the measurements.
    const quiet = {};
    for (const method of ['log', 'error', 'warn', 'info', 'debug', 'table', 'dir']) quiet[method] = () => {};
    const context = vm.createContext({ console: quiet, require, Buffer, setTimeout, clearTimeout });
    loadDefinitions(program, source, context);
    RealmArray = vm.runInContext('Array', context);
    let func;
    try {
        func = resolve(chosen, context);
    } catch (e) {
        if (chosen.owner && !chosen.isStatic) {
            emit({ error: 'new ' + chosen.owner + '() threw ' + (e && e.name ? e.name + ': ' + e.message : String(e)) });
            return;
        }
    }
    if (typeof func !== 'function') {
        emit({ error: 'function ' + name + ' could not be defined' });
        return;
    }
    const next = random(12345);
    const started = seconds();
    const perPoint = 0.02;
    const refineUntil = Math.min(budget, Number(header.refine_until || budget));
    const rounds = Number(header.rounds || 5);
    // A second run (the analyzer's, when the first run's series left two classes close) is given the
    // sizes and their times per call: it only visits them again, in rounds, until its budget is spent.
    if (Array.isArray(header.sizes)) {
        const given = header.sizes.filter(s => Array.isArray(s) && s[0] > 0 && s[1] > 0);
        const prepared = prepare(func, params, sizeName, given, next, started + budget);
        refine(prepared, func, rounds + 1, started + refineUntil, next, perPoint / 4);
    } else {
        const measured = []; // {n, best, ...}, the fastest time per call of each size so far
        let previous = Infinity;
        for (const n of sizes(kind)) {
            if (budget - (seconds() - started) <= 0.05)
                break;
            let result;
            try {
                result = measure(func, params, sizeName, n, next, perPoint);
            } catch (e) {
                if (measured.length === 0) {
                    emit({ error: name + '() threw ' + (e && e.name ? e.name + ': ' + e.message : String(e)) });
                    return;
                }
                break; // a stack overflow at a large size ends the series
            }
            emit({ n, seconds: result.best });
            const { best, args, mutates, most } = result;
            measured.push({ n, best, args, mutates, most });
            // A size whose calls took a large part of what is left ends the series (their CPU time: a
            // loaded machine that stalls a fast function's point must not end its series). A call cannot
            // be interrupted as Python's harness interrupts one, so the next size's cost is also foreseen:
            // this one's times the last growth (fib(n) grows by ~2^(n/2) from one size to the next).
            const growth = Math.max(2, result.best / previous);
            previous = result.best;
            const left = budget - (seconds() - started);
            if (result.busy * 4 > left || result.best * growth * 2 > left)
                break;
        }
        refine(measured, func, rounds, started + refineUntil, next, perPoint / 4);
    }
    emit({ done: true, function: name, kind, size: sizeName,
           parameters: params.map(([p, k]) => ({ name: p, kind: k })) });
}

main();
