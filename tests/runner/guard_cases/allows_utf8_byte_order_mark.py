# expect: ok
# stdout: bom ok
print("bom ok")
