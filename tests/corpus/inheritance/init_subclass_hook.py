class Plugin:
    plugins = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.plugins.append(cls.__name__)

class Alpha(Plugin): pass
class Beta(Plugin): pass
class Gamma(Beta): pass

print(Plugin.plugins)
