"""libclang for the C++ parser (cpp_tree_dump.py): loading it, and the prelude of declarations that
stands in for the standard library's headers (see cpp_tree_dump.py for why). The build bundles this file,
cpp_expressions.py and cpp_tree_dump.py into one script, the one the sandbox runs."""
import os

MAIN = "/code-remote/main.cpp"
PRELUDE = "/code-remote/prelude.h"

_MEMBERS = """size length empty clear begin end rbegin rend cbegin cend push_back emplace_back pop_back
push_front emplace_front pop_front push pop top front back insert emplace erase find count lower_bound
upper_bound equal_range at resize reserve assign swap substr c_str data append compare find_first_of
find_last_of rfind replace get tie sync_with_stdio precision fixed setf ignore getline eof fail good peek
put write flush close open is_open str second_ first_ max_size capacity shrink_to_fit key_comp merge
splice unique sort reverse remove remove_if contains extract set reset flip test any none all to_string
to_ulong to_ullong value has_value value_or real imag load store exchange lock unlock join detach
what seekg tellg read""".split()
_FUNCTIONS = """sort stable_sort partial_sort nth_element reverse fill fill_n copy copy_n move swap max min
max_element min_element minmax accumulate iota count count_if find find_if find_if_not unique
lower_bound upper_bound binary_search equal_range next_permutation prev_permutation rotate shuffle
random_shuffle all_of any_of none_of for_each transform replace remove remove_if partition merge
inplace_merge set_union set_intersection set_difference is_sorted partial_sum adjacent_difference
inner_product gcd lcm __gcd __lg abs sqrt cbrt pow exp log log2 log10 floor ceil round trunc hypot sin
cos tan atan atan2 fabs llabs labs fmod to_string stoi stol stoll stoul stoull stod stof make_pair
make_tuple tie get getline begin end distance advance next prev back_inserter
printf scanf puts putchar getchar gets fgets fputs fprintf fscanf sprintf sscanf snprintf memset memcpy
memmove memcmp strlen strcmp strncmp strcpy strncpy strcat strchr strstr atoi atol atoll atof isdigit
isalpha isalnum isupper islower isspace toupper tolower exit abort malloc calloc realloc free rand srand
time clock system popen pclose fork vfork execl execlp execle execv execve execvp execvpe remove unlink rmdir
rename socket connect bind listen accept send recv sendto recvfrom gethostbyname getaddrinfo fopen posix_spawn posix_spawnp
freopen fclose fread fwrite fflush kill setjmp longjmp assert ios_base_sync bitset_count
__builtin_popcount __builtin_popcountll __builtin_clz __builtin_clzll __builtin_ctz __builtin_ctzll
builtin_ffs""".split()
_TYPES = """vector deque list forward_list map multimap set multiset unordered_map unordered_multimap
unordered_set unordered_multiset stack queue priority_queue wstring basic_string
stringstream istringstream ostringstream tuple optional less greater less_equal greater_equal
equal_to hash istream ostream ifstream ofstream fstream mt19937 mt19937_64 random_device
uniform_int_distribution uniform_real_distribution complex valarray thread mutex atomic
string_view""".split()
_OBJECTS = "cin cout cerr clog endl ws boolalpha fixed setprecision setw setfill npos stdin stdout stderr".split()


# Containers whose items have a type the program uses (es[i].u, m[k].first, pq.top().second, for (auto
# &[k, v] : m)): their element access returns that type; iterators are plain pointers to it.
_SEQUENCE_TYPES = {"vector", "deque", "list", "forward_list", "valarray", "basic_string"}
_SET_TYPES = {"set", "multiset", "unordered_set", "unordered_multiset"}
_MAP_TYPES = {"map", "multimap", "unordered_map", "unordered_multimap"}
_ADAPTER_TYPES = {"stack", "queue", "priority_queue"}


def _container(name):
    head = ("template<class T = __any, class... R> struct %s : __any {\n  using __any::__any;\n"
            "  %s(initializer_list<T>);\n") % (name, name)
    if name in _SEQUENCE_TYPES:
        return head + ("  T& operator[](size_t) const; T& at(size_t) const; T& front() const; T& back() const;\n"
                       "  T* begin() const; T* end() const; T* rbegin() const; T* rend() const;\n};")
    if name in _SET_TYPES:
        return head + ("  template<class... A> T* find(A&&...) const; template<class... A> T* lower_bound(A&&...) const;\n"
                       "  template<class... A> T* upper_bound(A&&...) const;\n"
                       "  T* begin() const; T* end() const; T* rbegin() const; T* rend() const;\n};")
    if name in _MAP_TYPES:
        return ("template<class K = __any, class V = __any, class... R> struct %s : __any {\n"
                "  using __any::__any;\n  %s(initializer_list<pair<K, V>>);\n"
                "  template<class A> V& operator[](A&&) const; template<class A> V& at(A&&) const;\n"
                "  template<class... A> pair<K, V>* find(A&&...) const;\n"
                "  template<class... A> pair<K, V>* lower_bound(A&&...) const;\n"
                "  template<class... A> pair<K, V>* upper_bound(A&&...) const;\n"
                "  pair<K, V>* begin() const; pair<K, V>* end() const; pair<K, V>* rbegin() const;\n"
                "  pair<K, V>* rend() const;\n};") % (name, name)
    if name in _ADAPTER_TYPES:
        return head + "  T& top() const; T& front() const; T& back() const;\n};"
    return head + "};"


def prelude():
    """The declarations that stand in for the standard library (see the module's comment)."""
    # The second overload takes a braced list: pq.push({d, v}).
    members = "\n".join("  template<class... A> __any& %s(A&&...) const; __any& %s(const __any&) const;" % (m, m)
                         for m in _MEMBERS)
    functions = "\n".join("template<class... A> __any %s(A&&...);" % f for f in _FUNCTIONS)
    types = "\n".join(_container(t) for t in _TYPES)
    objects = "\n".join("extern __any %s;" % o for o in _OBJECTS)
    return """
namespace std {
typedef unsigned long size_t;
// The layout clang requires of the type of a braced list ({1, 2, 3}, for (int x : {1, 2})).
template<class E> class initializer_list {
  const E* b; size_t n;
public:
  initializer_list();
  size_t size() const; const E* begin() const; const E* end() const;
};
struct __any {
  __any();
  template<class A, class... B> __any(A&&, B&&...);
  template<class E> __any(initializer_list<E>);
  template<class T> operator T&() const;
  template<class T> __any& operator=(T&&);
  template<class... A> __any& operator()(A&&...) const;
  template<class A> __any& operator[](A&&) const;
  __any* operator->() const;
  __any& operator*() const;
  __any& operator++(); __any operator++(int); __any& operator--(); __any operator--(int);
  static __any first, second, third;
%s
};
template<class A, class B> __any operator+(A&&, B&&);
template<class A, class B> __any operator-(A&&, B&&);
template<class A, class B> __any operator*(A&&, B&&);
template<class A, class B> __any operator/(A&&, B&&);
template<class A, class B> __any operator%%(A&&, B&&);
template<class A, class B> __any& operator<<(A&&, B&&);
template<class A, class B> __any& operator>>(A&&, B&&);
template<class A, class B> bool operator<(A&&, B&&);
template<class A, class B> bool operator>(A&&, B&&);
template<class A, class B> bool operator<=(A&&, B&&);
template<class A, class B> bool operator>=(A&&, B&&);
template<class A, class B> bool operator==(A&&, B&&);
template<class A, class B> bool operator!=(A&&, B&&);
template<class A, class B> __any& operator+=(A&&, B&&);
template<class A, class B> __any& operator-=(A&&, B&&);
template<class A, class B> __any& operator*=(A&&, B&&);
template<class A, class B> __any& operator/=(A&&, B&&);
template<class A, class B> __any& operator%%=(A&&, B&&);
template<class A, class B> __any& operator&=(A&&, B&&);
template<class A, class B> __any& operator|=(A&&, B&&);
template<class A, class B> __any& operator^=(A&&, B&&);
template<class A, class B> __any operator&(A&&, B&&);
template<class A, class B> __any operator|(A&&, B&&);
template<class A, class B> __any operator^(A&&, B&&);
template<class A> __any operator-(A&&);
template<class A> bool operator!(A&&);
template<class A, class B = __any> struct pair {
  A first; B second;
  pair();
  template<class X, class... Y> pair(X&&, Y&&...);
  template<class T> operator T&() const;
};
struct string : __any {
  using __any::__any;
  char& operator[](size_t) const; char& at(size_t) const; char& front() const; char& back() const;
  char* begin() const; char* end() const; char* rbegin() const; char* rend() const;
};
template<class T, size_t N = 0> struct array : __any {
  using __any::__any;
  T& operator[](size_t) const; T& at(size_t) const; T& front() const; T& back() const;
  T* begin() const; T* end() const;
};
template<size_t N> struct bitset : __any { using __any::__any; };
template<class F> struct function;
template<class R, class... A> struct function<R(A...)> : __any {
  using __any::__any;
  R operator()(A...) const;
};
template<size_t I, class... A> __any& get(A&&...);
%s
%s
%s
struct ios_base { template<class... A> static __any sync_with_stdio(A&&...); static __any fixed; };
struct ios : ios_base {};
template<class T> struct numeric_limits { static T max(); static T min(); };
namespace chrono { extern __any steady_clock, high_resolution_clock, system_clock; }
// <filesystem>: paths and the calls on them (remove and remove_all delete files).
namespace filesystem {
struct path : __any { using __any::__any; };
template<class... A> __any remove(A&&...); template<class... A> __any remove_all(A&&...);
template<class... A> __any exists(A&&...); template<class... A> __any create_directories(A&&...);
template<class... A> __any rename(A&&...); template<class... A> __any copy_file(A&&...);
}
}
using std::size_t;
%s
typedef std::__any FILE;
typedef long long int64_t; typedef unsigned long long uint64_t; typedef int int32_t; typedef unsigned uint32_t;
typedef int pid_t;
#define INT_MAX 2147483647
#define INT_MIN (-2147483647-1)
#define LLONG_MAX 9223372036854775807LL
#define LLONG_MIN (-9223372036854775807LL-1)
#define LONG_MAX 9223372036854775807L
#define UINT_MAX 4294967295U
#define NULL 0
#define EOF (-1)
#define AF_INET 2
#define SOCK_STREAM 1
""" % (members, types, functions, objects, "\n".join("using std::%s;" % f for f in _FUNCTIONS + _OBJECTS))


def load_clang():
    # Crash recovery installs signal handlers and a worker thread for each parse; neither is needed
    # in a process that only parses once.
    os.environ.setdefault("LIBCLANG_DISABLE_CRASH_RECOVERY", "1")
    os.environ.setdefault("LIBCLANG_NOTHREADS", "1")
    try:
        from clang import cindex
    except ImportError:
        # Debian's python3-clang lives in dist-packages, off the path of an interpreter started with -S
        # or of another build of Python.
        import sys
        sys.path.append("/usr/lib/python3/dist-packages")
        try:
            from clang import cindex
        except ImportError:
            # Both bundles (analysis and Measure) read an answer with an "error" as a failure to show.
            import json
            sys.stdout.write(json.dumps({"ok": False, "line": 0, "error": (
                "C++ analysis needs libclang's Python bindings: install Debian's python3-clang-14")}) + "\n")
            sys.exit(0)
    if not cindex.Config.loaded:
        for path in ("/usr/lib/llvm-14/lib/libclang-14.so.1", "/usr/lib/x86_64-linux-gnu/libclang-14.so.1"):
            if os.path.exists(path):
                cindex.Config.set_library_file(path)
                break
    return cindex


cindex = load_clang()
K = cindex.CursorKind
KEEP_GOING = 0x200  # CXTranslationUnit_KeepGoing: a missing header does not end the parse
T = cindex.TypeKind
INTEGRAL = {T.INT, T.UINT, T.LONG, T.ULONG, T.LONGLONG, T.ULONGLONG, T.SHORT, T.USHORT, T.CHAR_S, T.SCHAR,
            T.UCHAR, T.INT128, T.UINT128}
SEQUENCES = {"vector", "deque", "basic_string", "string"}


_EXPRESSION_KINDS = {}


def is_expr(cursor):
    """Whether a cursor is an expression; remembered per kind (each question is a call into libclang)."""
    kind_id = cursor._kind_id
    known = _EXPRESSION_KINDS.get(kind_id)
    if known is None:
        known = _EXPRESSION_KINDS[kind_id] = cursor.kind.is_expression()
    return known


def family_of(type_name):
    """std::vector<std::vector<int> > -> vector."""
    return type_name.split("<", 1)[0].split("::")[-1].strip() if type_name else ""
