// Validates the Kubernetes manifests offline (issue 14): every object against the API's OpenAPI schema
// (kubernetes-models' validators), the pods against the Pod Security Standard "restricted", and the
// seccomp profile the pods name. No cluster needed.
//   node validate.mjs DIR      (the packages come from node_modules beside this file: scripts/install-deps.sh test)
// Exit status 0 when everything is valid; each problem is printed as FILE: KIND/NAME: MESSAGE.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";

const dir = process.argv[2];
if (!dir) {
    console.error("usage: node validate.mjs DIR");
    process.exit(2);
}

const problems = [];
const kinds = new Map();
const report = (file, object, message) =>
    problems.push(`${file}: ${object?.kind ?? "?"}/${object?.metadata?.name ?? "?"}: ${message}`);

// The "restricted" profile's rules (kubernetes.io/docs/concepts/security/pod-security-standards),
// checked on a pod template.
function checkRestricted(file, object, pod) {
    const podContext = pod.securityContext ?? {};
    const seccompTypes = ["RuntimeDefault", "Localhost"];
    if (pod.hostNetwork || pod.hostPID || pod.hostIPC)
        report(file, object, "host namespaces are not allowed");
    for (const volume of pod.volumes ?? []) {
        if (volume.hostPath)
            report(file, object, `hostPath volume ${volume.name} is not allowed`);
    }
    for (const container of [...(pod.containers ?? []), ...(pod.initContainers ?? [])]) {
        const context = container.securityContext ?? {};
        const where = `container ${container.name}`;
        if (context.privileged)
            report(file, object, `${where}: privileged`);
        if (context.allowPrivilegeEscalation !== false)
            report(file, object, `${where}: allowPrivilegeEscalation must be false`);
        if (!(context.runAsNonRoot ?? podContext.runAsNonRoot))
            report(file, object, `${where}: runAsNonRoot must be true`);
        if ((context.runAsUser ?? podContext.runAsUser) === 0)
            report(file, object, `${where}: runAsUser 0`);
        const drop = context.capabilities?.drop ?? [];
        if (!drop.includes("ALL"))
            report(file, object, `${where}: capabilities must drop ALL`);
        const add = context.capabilities?.add ?? [];
        if (add.some((capability) => capability !== "NET_BIND_SERVICE"))
            report(file, object, `${where}: adds capabilities ${add.join(", ")}`);
        const seccomp = context.seccompProfile ?? podContext.seccompProfile;
        if (!seccomp || !seccompTypes.includes(seccomp.type))
            report(file, object, `${where}: seccompProfile must be RuntimeDefault or Localhost`);
        if (context.procMount && context.procMount !== "Default")
            report(file, object, `${where}: procMount must be Default`);
        // Not a rule of the standard, a promise of ours: the image runs with a read-only root.
        if (context.readOnlyRootFilesystem !== true)
            report(file, object, `${where}: readOnlyRootFilesystem must be true`);
    }
}

// The Localhost profile must keep the default refusals except what the sandbox needs.
function checkSeccompProfile(file) {
    const profile = JSON.parse(readFileSync(join(dir, file), "utf8"));
    const refused = new Set((profile.syscalls ?? []).filter((rule) => rule.action !== "SCMP_ACT_ALLOW").flatMap((rule) => rule.names));
    for (const needed of ["clone", "unshare", "mount", "umount2", "pivot_root"]) {
        if (refused.has(needed))
            problems.push(`${file}: refuses ${needed}, which the sandbox needs`);
    }
    for (const dangerous of ["ptrace", "bpf", "kexec_load", "init_module", "setns", "keyctl", "perf_event_open"]) {
        if (!refused.has(dangerous))
            problems.push(`${file}: allows ${dangerous}`);
    }
}

for (const file of readdirSync(dir).filter((name) => name.endsWith(".yaml")).sort()) {
    let documents;
    try {
        documents = yaml.loadAll(readFileSync(join(dir, file), "utf8")).filter(Boolean);
    } catch (error) {
        problems.push(`${file}: not YAML: ${error.message}`);
        continue;
    }
    for (const object of documents) {
        const [group, version] = object.apiVersion?.includes("/") ? object.apiVersion.split("/") : ["", object.apiVersion];
        const modulePath = `kubernetes-models/${group ? `${group}/` : ""}${version}/${object.kind}`;
        let Model;
        try {
            Model = (await import(modulePath))[object.kind];
        } catch {
            report(file, object, `unknown apiVersion/kind ${object.apiVersion} ${object.kind}`);
            continue;
        }
        try {
            new Model(object).validate();
        } catch (error) {
            report(file, object, error.message);
        }
        kinds.set(`${object.kind}/${object.metadata?.name}`, object);
        const pod = object.kind === "Pod" ? object.spec : object.spec?.template?.spec;
        if (pod) {
            checkRestricted(file, object, pod);
            const seccomp = pod.securityContext?.seccompProfile;
            if (seccomp?.type === "Localhost")
                checkSeccompProfile(join("seccomp", seccomp.localhostProfile.replace(/^profiles\//, "")));
        }
    }
}

// What the deployment promises: the objects issue 14 asks for are all there.
for (const wanted of ["Deployment", "Service", "HorizontalPodAutoscaler", "NetworkPolicy", "Secret", "RuntimeClass", "Namespace"]) {
    if (![...kinds.keys()].some((key) => key.startsWith(`${wanted}/`)))
        problems.push(`no ${wanted} among the manifests`);
}

for (const problem of problems)
    console.error(problem);
console.log(`${kinds.size} objects checked, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
