#include "StarterPrograms.h"

#include <QStringList>

namespace app {

QStringList StarterPrograms::languages()
{
    return {QStringLiteral("python"), QStringLiteral("javascript"), QStringLiteral("cpp"), QStringLiteral("java")};
}

QString StarterPrograms::text(const QString &languageId)
{
    // The comment is the user's language; the program itself stays as its language's docs write it.
    const QString about = tr("Asks for your name and greets you. Run it (F5), then type your answer in the "
                             "console and press Enter.");
    if (languageId == QLatin1String("python"))
        return QStringLiteral("# %1\n"
                              "name = input(\"What is your name? \")\n"
                              "print(f\"Hello, {name}!\")\n")
            .arg(about);
    if (languageId == QLatin1String("javascript"))
        return QStringLiteral("// %1\n"
                              "const readline = require(\"readline\");\n"
                              "\n"
                              "const input = readline.createInterface({ input: process.stdin });\n"
                              "process.stdout.write(\"What is your name? \");\n"
                              "input.once(\"line\", (name) => {\n"
                              "  console.log(`Hello, ${name}!`);\n"
                              "  input.close();\n"
                              "  process.stdin.destroy(); // no more input wanted: node may exit\n"
                              "});\n")
            .arg(about);
    if (languageId == QLatin1String("cpp"))
        return QStringLiteral("// %1\n"
                              "#include <iostream>\n"
                              "#include <string>\n"
                              "\n"
                              "int main() {\n"
                              "    std::cout << \"What is your name? \" << std::flush;\n"
                              "    std::string name;\n"
                              "    std::getline(std::cin, name);\n"
                              "    std::cout << \"Hello, \" << name << \"!\\n\";\n"
                              "    return 0;\n"
                              "}\n")
            .arg(about);
    if (languageId == QLatin1String("java"))
        return QStringLiteral("// %1\n"
                              "import java.util.Scanner;\n"
                              "\n"
                              "public class Main {\n"
                              "    public static void main(String[] args) {\n"
                              "        Scanner in = new Scanner(System.in);\n"
                              "        System.out.print(\"What is your name? \");\n"
                              "        System.out.flush();\n"
                              "        String name = in.hasNextLine() ? in.nextLine() : \"\";\n"
                              "        System.out.println(\"Hello, \" + name + \"!\");\n"
                              "    }\n"
                              "}\n")
            .arg(about);
    return QString();
}

} // namespace app
