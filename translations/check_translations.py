#!/usr/bin/env python3
"""Checks every catalogue in translations/ before it reaches a user.

A message fails when it is unfinished, vanished or obsolete, when a translation (or one of its plural
forms) is empty, when it loses or adds a placeholder (%1, %n), a shortcut accelerator (&), an HTML tag,
a key of a shortcut written in the text ("Ctrl+Shift+A", "F5") or a technical name (Python, Gemini,
JSON, code-remote-server), and when a %n message has the wrong number of plural forms for its language.

    check_translations.py DIR          check DIR/code-remote_*.ts; exit 1 and list every fault
    check_translations.py --self-test  show that each kind of fault is caught
"""
import collections
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

# Plural forms Qt's lupdate writes for a language (qtbase's numerus rules); a language missing here is
# a new one: add it with its count.
PLURAL_FORMS = {"en": 2, "de": 2, "fr": 2, "es": 2, "pt": 2, "zh": 1, "ja": 1}

PLACEHOLDER = re.compile(r"%(?:L?\d{1,2}|n)")
# An accelerator is "&" before a character, but not "&&" (a literal ampersand) nor an entity (&amp;).
ACCELERATOR = re.compile(r"&(?:&|[A-Za-z]+;|#\d+;|(?P<key>[^\s&]))")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)[^>]*>")
SHORTCUT = re.compile(r"(?:Ctrl|Shift|Alt|Meta)\+(?:(?:Ctrl|Shift|Alt|Meta)\+)*(\w+)")
FUNCTION_KEY = re.compile(r"\bF\d{1,2}\b")
TECHNICAL_NAMES = [r"Python", r"Gemini", r"JSON", r"code-remote-server", r"QtKeychain", r"QScintilla",
                   r"MAX_TOKENS", r"generateContent", r"HTTP", r"CPU", r"Code[ -]Remote", r"O\([^)]*\)"]


def accelerators(text):
    return sum(1 for m in ACCELERATOR.finditer(text) if m.group("key"))


def faults_in_translation(source, text):
    faults = []
    if not text or not text.strip():
        return ["empty translation"]
    if collections.Counter(PLACEHOLDER.findall(source)) != collections.Counter(PLACEHOLDER.findall(text)):
        faults.append("placeholders %s became %s" % (sorted(PLACEHOLDER.findall(source)),
                                                      sorted(PLACEHOLDER.findall(text))))
    wanted = accelerators(source)
    if accelerators(text) != wanted:
        faults.append("%d accelerator(s) '&' where the source has %d" % (accelerators(text), wanted))
    if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
        faults.append("HTML tags %s became %s" % (TAG.findall(source), TAG.findall(text)))
    for key in SHORTCUT.findall(source):
        if not re.search(r"\+" + re.escape(key) + r"\b", text):
            faults.append("shortcut key +%s lost" % key)
    for key in FUNCTION_KEY.findall(source):
        if key not in text:
            faults.append("shortcut %s lost" % key)
    for name in TECHNICAL_NAMES:
        if len(re.findall(name, source)) > len(re.findall(name, text)):
            faults.append("technical name %s lost" % name.replace("\\", ""))
    return faults


def check_catalogue(path, text=None):
    """Returns a list of "file:context: source: fault" lines for one .ts."""
    root = ET.fromstring(text) if text is not None else ET.parse(path).getroot()
    name = pathlib.Path(path).name
    language = root.get("language") or ""
    if not language:
        return ["%s: no language attribute (lupdate then writes no plural forms)" % name]
    forms = PLURAL_FORMS.get(language.split("_")[0])
    if forms is None:
        return ["%s: language %s has no plural-form count in check_translations.py" % (name, language)]
    plural_only = name.endswith("_en.ts")
    problems = []
    messages = 0
    for context in root.iter("context"):
        context_name = context.findtext("name")
        for message in context.iter("message"):
            messages += 1
            source = message.findtext("source") or ""
            where = "%s:%s: %r" % (name, context_name, source[:60])
            translation = message.find("translation")
            if translation is None:
                problems.append("%s: no translation" % where)
                continue
            state = translation.get("type")
            if state:
                problems.append("%s: %s" % (where, state))
            numerus = message.get("numerus") == "yes"
            if plural_only and not numerus:
                problems.append("%s: the English catalogue holds only %%n messages (lupdate -pluralonly)" % where)
            if numerus:
                texts = [form.text or "" for form in translation.findall("numerusform")]
                if len(texts) != forms:
                    problems.append("%s: %d plural forms, %s needs %d" % (where, len(texts), language, forms))
                for index, form in enumerate(texts):
                    problems += ["%s: plural form %d: %s" % (where, index, f) for f in faults_in_translation(source, form)]
            else:
                problems += ["%s: %s" % (where, f) for f in faults_in_translation(source, translation.text)]
    if messages == 0:
        problems.append("%s: no messages (has lupdate run?)" % name)
    return problems


def self_test():
    def catalogue(source, translation, language="fr", attributes=""):
        return ('<TS version="2.1" language="%s"><context><name>c</name><message%s><source>%s</source>'
                "%s</message></context></TS>" % (language, attributes, source, translation))

    good = catalogue("&amp;Open %1 (Ctrl+Shift+A)…", "<translation>&amp;Ouvrir %1 (Ctrl+Maj+A)…</translation>")
    plural = '<translation><numerusform>%n fichier</numerusform><numerusform>%n fichiers</numerusform></translation>'
    cases = {
        "good": (good, False),
        "good plural": (catalogue("%n file(s)", plural, attributes=' numerus="yes"'), False),
        "literal ampersand and entity": (catalogue("A &amp;&amp; B &amp;lt;", "<translation>A &amp;&amp; B &amp;lt;</translation>"), False),
        "unfinished": (catalogue("Open", '<translation type="unfinished">Ouvrir</translation>'), True),
        "empty": (catalogue("Open", "<translation></translation>"), True),
        "lost %1": (catalogue("Open %1", "<translation>Ouvrir</translation>"), True),
        "added %2": (catalogue("Open %1", "<translation>Ouvrir %1 %2</translation>"), True),
        "lost %n": (catalogue("%n file(s)", '<translation><numerusform>un fichier</numerusform>'
                              "<numerusform>%n fichiers</numerusform></translation>", attributes=' numerus="yes"'), True),
        "empty plural form": (catalogue("%n file(s)", "<translation><numerusform>%n fichier</numerusform>"
                                        "<numerusform></numerusform></translation>", attributes=' numerus="yes"'), True),
        "one plural form in French": (catalogue("%n file(s)", "<translation><numerusform>%n fichier(s)</numerusform>"
                                                "</translation>", attributes=' numerus="yes"'), True),
        "lost accelerator": (catalogue("&amp;Open", "<translation>Ouvrir</translation>"), True),
        "two accelerators": (catalogue("&amp;Open", "<translation>&amp;Ou&amp;vrir</translation>"), True),
        "lost tag": (catalogue("&lt;b&gt;Open&lt;/b&gt;", "<translation>Ouvrir</translation>"), True),
        "lost shortcut key": (catalogue("Analyze (Ctrl+Shift+A)", "<translation>Analyser (Ctrl+Maj+M)</translation>"), True),
        "lost function key": (catalogue("Run (F5)", "<translation>Exécuter</translation>"), True),
        "translated technical name": (catalogue("Ask Gemini", "<translation>Demander à Gémeaux</translation>"), True),
        "no language": (good.replace(' language="fr"', ""), True),
    }
    failed = []
    for name, (text, faulty) in cases.items():
        problems = check_catalogue("code-remote_fr.ts", text)
        if bool(problems) != faulty:
            failed.append("%s: expected %s, got %s" % (name, "a fault" if faulty else "none", problems))
    for line in failed:
        print("self-test:", line)
    print("self-test: %d cases, %d wrong" % (len(cases), len(failed)))
    return 1 if failed else 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    if len(argv) != 2:
        print(__doc__)
        return 2
    files = sorted(pathlib.Path(argv[1]).glob("code-remote_*.ts"))
    if not files:
        print("no code-remote_*.ts in %s" % argv[1])
        return 1
    problems = []
    for path in files:
        found = check_catalogue(path)
        problems += found
        print("%s: %d messages, %s" % (path.name, len(list(ET.parse(path).getroot().iter("message"))),
                                     "%d faults" % len(found) if found else "complete"))
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
