"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};

// node_modules/reflect-metadata/Reflect.js
var require_Reflect = __commonJS({
  "node_modules/reflect-metadata/Reflect.js"() {
    var Reflect2;
    (function(Reflect3) {
      (function(factory) {
        var root = typeof globalThis === "object" ? globalThis : typeof global === "object" ? global : typeof self === "object" ? self : typeof this === "object" ? this : sloppyModeThis();
        var exporter = makeExporter(Reflect3);
        if (typeof root.Reflect !== "undefined") {
          exporter = makeExporter(root.Reflect, exporter);
        }
        factory(exporter, root);
        if (typeof root.Reflect === "undefined") {
          root.Reflect = Reflect3;
        }
        function makeExporter(target, previous) {
          return function(key, value) {
            Object.defineProperty(target, key, { configurable: true, writable: true, value });
            if (previous)
              previous(key, value);
          };
        }
        function functionThis() {
          try {
            return Function("return this;")();
          } catch (_) {
          }
        }
        function indirectEvalThis() {
          try {
            return (void 0, eval)("(function() { return this; })()");
          } catch (_) {
          }
        }
        function sloppyModeThis() {
          return functionThis() || indirectEvalThis();
        }
      })(function(exporter, root) {
        var hasOwn = Object.prototype.hasOwnProperty;
        var supportsSymbol = typeof Symbol === "function";
        var toPrimitiveSymbol = supportsSymbol && typeof Symbol.toPrimitive !== "undefined" ? Symbol.toPrimitive : "@@toPrimitive";
        var iteratorSymbol = supportsSymbol && typeof Symbol.iterator !== "undefined" ? Symbol.iterator : "@@iterator";
        var supportsCreate = typeof Object.create === "function";
        var supportsProto = { __proto__: [] } instanceof Array;
        var downLevel = !supportsCreate && !supportsProto;
        var HashMap = {
          // create an object in dictionary mode (a.k.a. "slow" mode in v8)
          create: supportsCreate ? function() {
            return MakeDictionary(/* @__PURE__ */ Object.create(null));
          } : supportsProto ? function() {
            return MakeDictionary({ __proto__: null });
          } : function() {
            return MakeDictionary({});
          },
          has: downLevel ? function(map, key) {
            return hasOwn.call(map, key);
          } : function(map, key) {
            return key in map;
          },
          get: downLevel ? function(map, key) {
            return hasOwn.call(map, key) ? map[key] : void 0;
          } : function(map, key) {
            return map[key];
          }
        };
        var functionPrototype = Object.getPrototypeOf(Function);
        var _Map = typeof Map === "function" && typeof Map.prototype.entries === "function" ? Map : CreateMapPolyfill();
        var _Set = typeof Set === "function" && typeof Set.prototype.entries === "function" ? Set : CreateSetPolyfill();
        var _WeakMap = typeof WeakMap === "function" ? WeakMap : CreateWeakMapPolyfill();
        var registrySymbol = supportsSymbol ? Symbol.for("@reflect-metadata:registry") : void 0;
        var metadataRegistry = GetOrCreateMetadataRegistry();
        var metadataProvider = CreateMetadataProvider(metadataRegistry);
        function decorate(decorators, target, propertyKey, attributes) {
          if (!IsUndefined(propertyKey)) {
            if (!IsArray(decorators))
              throw new TypeError();
            if (!IsObject(target))
              throw new TypeError();
            if (!IsObject(attributes) && !IsUndefined(attributes) && !IsNull(attributes))
              throw new TypeError();
            if (IsNull(attributes))
              attributes = void 0;
            propertyKey = ToPropertyKey(propertyKey);
            return DecorateProperty(decorators, target, propertyKey, attributes);
          } else {
            if (!IsArray(decorators))
              throw new TypeError();
            if (!IsConstructor(target))
              throw new TypeError();
            return DecorateConstructor(decorators, target);
          }
        }
        exporter("decorate", decorate);
        function metadata(metadataKey, metadataValue) {
          function decorator(target, propertyKey) {
            if (!IsObject(target))
              throw new TypeError();
            if (!IsUndefined(propertyKey) && !IsPropertyKey(propertyKey))
              throw new TypeError();
            OrdinaryDefineOwnMetadata(metadataKey, metadataValue, target, propertyKey);
          }
          return decorator;
        }
        exporter("metadata", metadata);
        function defineMetadata(metadataKey, metadataValue, target, propertyKey) {
          if (!IsObject(target))
            throw new TypeError();
          if (!IsUndefined(propertyKey))
            propertyKey = ToPropertyKey(propertyKey);
          return OrdinaryDefineOwnMetadata(metadataKey, metadataValue, target, propertyKey);
        }
        exporter("defineMetadata", defineMetadata);
        function hasMetadata(metadataKey, target, propertyKey) {
          if (!IsObject(target))
            throw new TypeError();
          if (!IsUndefined(propertyKey))
            propertyKey = ToPropertyKey(propertyKey);
          return OrdinaryHasMetadata(metadataKey, target, propertyKey);
        }
        exporter("hasMetadata", hasMetadata);
        function hasOwnMetadata(metadataKey, target, propertyKey) {
          if (!IsObject(target))
            throw new TypeError();
          if (!IsUndefined(propertyKey))
            propertyKey = ToPropertyKey(propertyKey);
          return OrdinaryHasOwnMetadata(metadataKey, target, propertyKey);
        }
        exporter("hasOwnMetadata", hasOwnMetadata);
        function getMetadata(metadataKey, target, propertyKey) {
          if (!IsObject(target))
            throw new TypeError();
          if (!IsUndefined(propertyKey))
            propertyKey = ToPropertyKey(propertyKey);
          return OrdinaryGetMetadata(metadataKey, target, propertyKey);
        }
        exporter("getMetadata", getMetadata);
        function getOwnMetadata(metadataKey, target, propertyKey) {
          if (!IsObject(target))
            throw new TypeError();
          if (!IsUndefined(propertyKey))
            propertyKey = ToPropertyKey(propertyKey);
          return OrdinaryGetOwnMetadata(metadataKey, target, propertyKey);
        }
        exporter("getOwnMetadata", getOwnMetadata);
        function getMetadataKeys(target, propertyKey) {
          if (!IsObject(target))
            throw new TypeError();
          if (!IsUndefined(propertyKey))
            propertyKey = ToPropertyKey(propertyKey);
          return OrdinaryMetadataKeys(target, propertyKey);
        }
        exporter("getMetadataKeys", getMetadataKeys);
        function getOwnMetadataKeys(target, propertyKey) {
          if (!IsObject(target))
            throw new TypeError();
          if (!IsUndefined(propertyKey))
            propertyKey = ToPropertyKey(propertyKey);
          return OrdinaryOwnMetadataKeys(target, propertyKey);
        }
        exporter("getOwnMetadataKeys", getOwnMetadataKeys);
        function deleteMetadata(metadataKey, target, propertyKey) {
          if (!IsObject(target))
            throw new TypeError();
          if (!IsUndefined(propertyKey))
            propertyKey = ToPropertyKey(propertyKey);
          if (!IsObject(target))
            throw new TypeError();
          if (!IsUndefined(propertyKey))
            propertyKey = ToPropertyKey(propertyKey);
          var provider = GetMetadataProvider(
            target,
            propertyKey,
            /*Create*/
            false
          );
          if (IsUndefined(provider))
            return false;
          return provider.OrdinaryDeleteMetadata(metadataKey, target, propertyKey);
        }
        exporter("deleteMetadata", deleteMetadata);
        function DecorateConstructor(decorators, target) {
          for (var i = decorators.length - 1; i >= 0; --i) {
            var decorator = decorators[i];
            var decorated = decorator(target);
            if (!IsUndefined(decorated) && !IsNull(decorated)) {
              if (!IsConstructor(decorated))
                throw new TypeError();
              target = decorated;
            }
          }
          return target;
        }
        function DecorateProperty(decorators, target, propertyKey, descriptor) {
          for (var i = decorators.length - 1; i >= 0; --i) {
            var decorator = decorators[i];
            var decorated = decorator(target, propertyKey, descriptor);
            if (!IsUndefined(decorated) && !IsNull(decorated)) {
              if (!IsObject(decorated))
                throw new TypeError();
              descriptor = decorated;
            }
          }
          return descriptor;
        }
        function OrdinaryHasMetadata(MetadataKey, O, P) {
          var hasOwn2 = OrdinaryHasOwnMetadata(MetadataKey, O, P);
          if (hasOwn2)
            return true;
          var parent = OrdinaryGetPrototypeOf(O);
          if (!IsNull(parent))
            return OrdinaryHasMetadata(MetadataKey, parent, P);
          return false;
        }
        function OrdinaryHasOwnMetadata(MetadataKey, O, P) {
          var provider = GetMetadataProvider(
            O,
            P,
            /*Create*/
            false
          );
          if (IsUndefined(provider))
            return false;
          return ToBoolean(provider.OrdinaryHasOwnMetadata(MetadataKey, O, P));
        }
        function OrdinaryGetMetadata(MetadataKey, O, P) {
          var hasOwn2 = OrdinaryHasOwnMetadata(MetadataKey, O, P);
          if (hasOwn2)
            return OrdinaryGetOwnMetadata(MetadataKey, O, P);
          var parent = OrdinaryGetPrototypeOf(O);
          if (!IsNull(parent))
            return OrdinaryGetMetadata(MetadataKey, parent, P);
          return void 0;
        }
        function OrdinaryGetOwnMetadata(MetadataKey, O, P) {
          var provider = GetMetadataProvider(
            O,
            P,
            /*Create*/
            false
          );
          if (IsUndefined(provider))
            return;
          return provider.OrdinaryGetOwnMetadata(MetadataKey, O, P);
        }
        function OrdinaryDefineOwnMetadata(MetadataKey, MetadataValue, O, P) {
          var provider = GetMetadataProvider(
            O,
            P,
            /*Create*/
            true
          );
          provider.OrdinaryDefineOwnMetadata(MetadataKey, MetadataValue, O, P);
        }
        function OrdinaryMetadataKeys(O, P) {
          var ownKeys = OrdinaryOwnMetadataKeys(O, P);
          var parent = OrdinaryGetPrototypeOf(O);
          if (parent === null)
            return ownKeys;
          var parentKeys = OrdinaryMetadataKeys(parent, P);
          if (parentKeys.length <= 0)
            return ownKeys;
          if (ownKeys.length <= 0)
            return parentKeys;
          var set = new _Set();
          var keys = [];
          for (var _i = 0, ownKeys_1 = ownKeys; _i < ownKeys_1.length; _i++) {
            var key = ownKeys_1[_i];
            var hasKey = set.has(key);
            if (!hasKey) {
              set.add(key);
              keys.push(key);
            }
          }
          for (var _a = 0, parentKeys_1 = parentKeys; _a < parentKeys_1.length; _a++) {
            var key = parentKeys_1[_a];
            var hasKey = set.has(key);
            if (!hasKey) {
              set.add(key);
              keys.push(key);
            }
          }
          return keys;
        }
        function OrdinaryOwnMetadataKeys(O, P) {
          var provider = GetMetadataProvider(
            O,
            P,
            /*create*/
            false
          );
          if (!provider) {
            return [];
          }
          return provider.OrdinaryOwnMetadataKeys(O, P);
        }
        function Type(x) {
          if (x === null)
            return 1;
          switch (typeof x) {
            case "undefined":
              return 0;
            case "boolean":
              return 2;
            case "string":
              return 3;
            case "symbol":
              return 4;
            case "number":
              return 5;
            case "object":
              return x === null ? 1 : 6;
            default:
              return 6;
          }
        }
        function IsUndefined(x) {
          return x === void 0;
        }
        function IsNull(x) {
          return x === null;
        }
        function IsSymbol(x) {
          return typeof x === "symbol";
        }
        function IsObject(x) {
          return typeof x === "object" ? x !== null : typeof x === "function";
        }
        function ToPrimitive(input, PreferredType) {
          switch (Type(input)) {
            case 0:
              return input;
            case 1:
              return input;
            case 2:
              return input;
            case 3:
              return input;
            case 4:
              return input;
            case 5:
              return input;
          }
          var hint = PreferredType === 3 ? "string" : PreferredType === 5 ? "number" : "default";
          var exoticToPrim = GetMethod(input, toPrimitiveSymbol);
          if (exoticToPrim !== void 0) {
            var result = exoticToPrim.call(input, hint);
            if (IsObject(result))
              throw new TypeError();
            return result;
          }
          return OrdinaryToPrimitive(input, hint === "default" ? "number" : hint);
        }
        function OrdinaryToPrimitive(O, hint) {
          if (hint === "string") {
            var toString_1 = O.toString;
            if (IsCallable(toString_1)) {
              var result = toString_1.call(O);
              if (!IsObject(result))
                return result;
            }
            var valueOf = O.valueOf;
            if (IsCallable(valueOf)) {
              var result = valueOf.call(O);
              if (!IsObject(result))
                return result;
            }
          } else {
            var valueOf = O.valueOf;
            if (IsCallable(valueOf)) {
              var result = valueOf.call(O);
              if (!IsObject(result))
                return result;
            }
            var toString_2 = O.toString;
            if (IsCallable(toString_2)) {
              var result = toString_2.call(O);
              if (!IsObject(result))
                return result;
            }
          }
          throw new TypeError();
        }
        function ToBoolean(argument) {
          return !!argument;
        }
        function ToString(argument) {
          return "" + argument;
        }
        function ToPropertyKey(argument) {
          var key = ToPrimitive(
            argument,
            3
            /* String */
          );
          if (IsSymbol(key))
            return key;
          return ToString(key);
        }
        function IsArray(argument) {
          return Array.isArray ? Array.isArray(argument) : argument instanceof Object ? argument instanceof Array : Object.prototype.toString.call(argument) === "[object Array]";
        }
        function IsCallable(argument) {
          return typeof argument === "function";
        }
        function IsConstructor(argument) {
          return typeof argument === "function";
        }
        function IsPropertyKey(argument) {
          switch (Type(argument)) {
            case 3:
              return true;
            case 4:
              return true;
            default:
              return false;
          }
        }
        function SameValueZero(x, y) {
          return x === y || x !== x && y !== y;
        }
        function GetMethod(V, P) {
          var func = V[P];
          if (func === void 0 || func === null)
            return void 0;
          if (!IsCallable(func))
            throw new TypeError();
          return func;
        }
        function GetIterator(obj) {
          var method = GetMethod(obj, iteratorSymbol);
          if (!IsCallable(method))
            throw new TypeError();
          var iterator = method.call(obj);
          if (!IsObject(iterator))
            throw new TypeError();
          return iterator;
        }
        function IteratorValue(iterResult) {
          return iterResult.value;
        }
        function IteratorStep(iterator) {
          var result = iterator.next();
          return result.done ? false : result;
        }
        function IteratorClose(iterator) {
          var f = iterator["return"];
          if (f)
            f.call(iterator);
        }
        function OrdinaryGetPrototypeOf(O) {
          var proto = Object.getPrototypeOf(O);
          if (typeof O !== "function" || O === functionPrototype)
            return proto;
          if (proto !== functionPrototype)
            return proto;
          var prototype = O.prototype;
          var prototypeProto = prototype && Object.getPrototypeOf(prototype);
          if (prototypeProto == null || prototypeProto === Object.prototype)
            return proto;
          var constructor = prototypeProto.constructor;
          if (typeof constructor !== "function")
            return proto;
          if (constructor === O)
            return proto;
          return constructor;
        }
        function CreateMetadataRegistry() {
          var fallback;
          if (!IsUndefined(registrySymbol) && typeof root.Reflect !== "undefined" && !(registrySymbol in root.Reflect) && typeof root.Reflect.defineMetadata === "function") {
            fallback = CreateFallbackProvider(root.Reflect);
          }
          var first;
          var second;
          var rest;
          var targetProviderMap = new _WeakMap();
          var registry = {
            registerProvider,
            getProvider,
            setProvider
          };
          return registry;
          function registerProvider(provider) {
            if (!Object.isExtensible(registry)) {
              throw new Error("Cannot add provider to a frozen registry.");
            }
            switch (true) {
              case fallback === provider:
                break;
              case IsUndefined(first):
                first = provider;
                break;
              case first === provider:
                break;
              case IsUndefined(second):
                second = provider;
                break;
              case second === provider:
                break;
              default:
                if (rest === void 0)
                  rest = new _Set();
                rest.add(provider);
                break;
            }
          }
          function getProviderNoCache(O, P) {
            if (!IsUndefined(first)) {
              if (first.isProviderFor(O, P))
                return first;
              if (!IsUndefined(second)) {
                if (second.isProviderFor(O, P))
                  return first;
                if (!IsUndefined(rest)) {
                  var iterator = GetIterator(rest);
                  while (true) {
                    var next = IteratorStep(iterator);
                    if (!next) {
                      return void 0;
                    }
                    var provider = IteratorValue(next);
                    if (provider.isProviderFor(O, P)) {
                      IteratorClose(iterator);
                      return provider;
                    }
                  }
                }
              }
            }
            if (!IsUndefined(fallback) && fallback.isProviderFor(O, P)) {
              return fallback;
            }
            return void 0;
          }
          function getProvider(O, P) {
            var providerMap = targetProviderMap.get(O);
            var provider;
            if (!IsUndefined(providerMap)) {
              provider = providerMap.get(P);
            }
            if (!IsUndefined(provider)) {
              return provider;
            }
            provider = getProviderNoCache(O, P);
            if (!IsUndefined(provider)) {
              if (IsUndefined(providerMap)) {
                providerMap = new _Map();
                targetProviderMap.set(O, providerMap);
              }
              providerMap.set(P, provider);
            }
            return provider;
          }
          function hasProvider(provider) {
            if (IsUndefined(provider))
              throw new TypeError();
            return first === provider || second === provider || !IsUndefined(rest) && rest.has(provider);
          }
          function setProvider(O, P, provider) {
            if (!hasProvider(provider)) {
              throw new Error("Metadata provider not registered.");
            }
            var existingProvider = getProvider(O, P);
            if (existingProvider !== provider) {
              if (!IsUndefined(existingProvider)) {
                return false;
              }
              var providerMap = targetProviderMap.get(O);
              if (IsUndefined(providerMap)) {
                providerMap = new _Map();
                targetProviderMap.set(O, providerMap);
              }
              providerMap.set(P, provider);
            }
            return true;
          }
        }
        function GetOrCreateMetadataRegistry() {
          var metadataRegistry2;
          if (!IsUndefined(registrySymbol) && IsObject(root.Reflect) && Object.isExtensible(root.Reflect)) {
            metadataRegistry2 = root.Reflect[registrySymbol];
          }
          if (IsUndefined(metadataRegistry2)) {
            metadataRegistry2 = CreateMetadataRegistry();
          }
          if (!IsUndefined(registrySymbol) && IsObject(root.Reflect) && Object.isExtensible(root.Reflect)) {
            Object.defineProperty(root.Reflect, registrySymbol, {
              enumerable: false,
              configurable: false,
              writable: false,
              value: metadataRegistry2
            });
          }
          return metadataRegistry2;
        }
        function CreateMetadataProvider(registry) {
          var metadata2 = new _WeakMap();
          var provider = {
            isProviderFor: function(O, P) {
              var targetMetadata = metadata2.get(O);
              if (IsUndefined(targetMetadata))
                return false;
              return targetMetadata.has(P);
            },
            OrdinaryDefineOwnMetadata: OrdinaryDefineOwnMetadata2,
            OrdinaryHasOwnMetadata: OrdinaryHasOwnMetadata2,
            OrdinaryGetOwnMetadata: OrdinaryGetOwnMetadata2,
            OrdinaryOwnMetadataKeys: OrdinaryOwnMetadataKeys2,
            OrdinaryDeleteMetadata
          };
          metadataRegistry.registerProvider(provider);
          return provider;
          function GetOrCreateMetadataMap(O, P, Create) {
            var targetMetadata = metadata2.get(O);
            var createdTargetMetadata = false;
            if (IsUndefined(targetMetadata)) {
              if (!Create)
                return void 0;
              targetMetadata = new _Map();
              metadata2.set(O, targetMetadata);
              createdTargetMetadata = true;
            }
            var metadataMap = targetMetadata.get(P);
            if (IsUndefined(metadataMap)) {
              if (!Create)
                return void 0;
              metadataMap = new _Map();
              targetMetadata.set(P, metadataMap);
              if (!registry.setProvider(O, P, provider)) {
                targetMetadata.delete(P);
                if (createdTargetMetadata) {
                  metadata2.delete(O);
                }
                throw new Error("Wrong provider for target.");
              }
            }
            return metadataMap;
          }
          function OrdinaryHasOwnMetadata2(MetadataKey, O, P) {
            var metadataMap = GetOrCreateMetadataMap(
              O,
              P,
              /*Create*/
              false
            );
            if (IsUndefined(metadataMap))
              return false;
            return ToBoolean(metadataMap.has(MetadataKey));
          }
          function OrdinaryGetOwnMetadata2(MetadataKey, O, P) {
            var metadataMap = GetOrCreateMetadataMap(
              O,
              P,
              /*Create*/
              false
            );
            if (IsUndefined(metadataMap))
              return void 0;
            return metadataMap.get(MetadataKey);
          }
          function OrdinaryDefineOwnMetadata2(MetadataKey, MetadataValue, O, P) {
            var metadataMap = GetOrCreateMetadataMap(
              O,
              P,
              /*Create*/
              true
            );
            metadataMap.set(MetadataKey, MetadataValue);
          }
          function OrdinaryOwnMetadataKeys2(O, P) {
            var keys = [];
            var metadataMap = GetOrCreateMetadataMap(
              O,
              P,
              /*Create*/
              false
            );
            if (IsUndefined(metadataMap))
              return keys;
            var keysObj = metadataMap.keys();
            var iterator = GetIterator(keysObj);
            var k = 0;
            while (true) {
              var next = IteratorStep(iterator);
              if (!next) {
                keys.length = k;
                return keys;
              }
              var nextValue = IteratorValue(next);
              try {
                keys[k] = nextValue;
              } catch (e) {
                try {
                  IteratorClose(iterator);
                } finally {
                  throw e;
                }
              }
              k++;
            }
          }
          function OrdinaryDeleteMetadata(MetadataKey, O, P) {
            var metadataMap = GetOrCreateMetadataMap(
              O,
              P,
              /*Create*/
              false
            );
            if (IsUndefined(metadataMap))
              return false;
            if (!metadataMap.delete(MetadataKey))
              return false;
            if (metadataMap.size === 0) {
              var targetMetadata = metadata2.get(O);
              if (!IsUndefined(targetMetadata)) {
                targetMetadata.delete(P);
                if (targetMetadata.size === 0) {
                  metadata2.delete(targetMetadata);
                }
              }
            }
            return true;
          }
        }
        function CreateFallbackProvider(reflect) {
          var defineMetadata2 = reflect.defineMetadata, hasOwnMetadata2 = reflect.hasOwnMetadata, getOwnMetadata2 = reflect.getOwnMetadata, getOwnMetadataKeys2 = reflect.getOwnMetadataKeys, deleteMetadata2 = reflect.deleteMetadata;
          var metadataOwner = new _WeakMap();
          var provider = {
            isProviderFor: function(O, P) {
              var metadataPropertySet = metadataOwner.get(O);
              if (!IsUndefined(metadataPropertySet) && metadataPropertySet.has(P)) {
                return true;
              }
              if (getOwnMetadataKeys2(O, P).length) {
                if (IsUndefined(metadataPropertySet)) {
                  metadataPropertySet = new _Set();
                  metadataOwner.set(O, metadataPropertySet);
                }
                metadataPropertySet.add(P);
                return true;
              }
              return false;
            },
            OrdinaryDefineOwnMetadata: defineMetadata2,
            OrdinaryHasOwnMetadata: hasOwnMetadata2,
            OrdinaryGetOwnMetadata: getOwnMetadata2,
            OrdinaryOwnMetadataKeys: getOwnMetadataKeys2,
            OrdinaryDeleteMetadata: deleteMetadata2
          };
          return provider;
        }
        function GetMetadataProvider(O, P, Create) {
          var registeredProvider = metadataRegistry.getProvider(O, P);
          if (!IsUndefined(registeredProvider)) {
            return registeredProvider;
          }
          if (Create) {
            if (metadataRegistry.setProvider(O, P, metadataProvider)) {
              return metadataProvider;
            }
            throw new Error("Illegal state.");
          }
          return void 0;
        }
        function CreateMapPolyfill() {
          var cacheSentinel = {};
          var arraySentinel = [];
          var MapIterator = (
            /** @class */
            function() {
              function MapIterator2(keys, values, selector) {
                this._index = 0;
                this._keys = keys;
                this._values = values;
                this._selector = selector;
              }
              MapIterator2.prototype["@@iterator"] = function() {
                return this;
              };
              MapIterator2.prototype[iteratorSymbol] = function() {
                return this;
              };
              MapIterator2.prototype.next = function() {
                var index = this._index;
                if (index >= 0 && index < this._keys.length) {
                  var result = this._selector(this._keys[index], this._values[index]);
                  if (index + 1 >= this._keys.length) {
                    this._index = -1;
                    this._keys = arraySentinel;
                    this._values = arraySentinel;
                  } else {
                    this._index++;
                  }
                  return { value: result, done: false };
                }
                return { value: void 0, done: true };
              };
              MapIterator2.prototype.throw = function(error) {
                if (this._index >= 0) {
                  this._index = -1;
                  this._keys = arraySentinel;
                  this._values = arraySentinel;
                }
                throw error;
              };
              MapIterator2.prototype.return = function(value) {
                if (this._index >= 0) {
                  this._index = -1;
                  this._keys = arraySentinel;
                  this._values = arraySentinel;
                }
                return { value, done: true };
              };
              return MapIterator2;
            }()
          );
          var Map2 = (
            /** @class */
            function() {
              function Map3() {
                this._keys = [];
                this._values = [];
                this._cacheKey = cacheSentinel;
                this._cacheIndex = -2;
              }
              Object.defineProperty(Map3.prototype, "size", {
                get: function() {
                  return this._keys.length;
                },
                enumerable: true,
                configurable: true
              });
              Map3.prototype.has = function(key) {
                return this._find(
                  key,
                  /*insert*/
                  false
                ) >= 0;
              };
              Map3.prototype.get = function(key) {
                var index = this._find(
                  key,
                  /*insert*/
                  false
                );
                return index >= 0 ? this._values[index] : void 0;
              };
              Map3.prototype.set = function(key, value) {
                var index = this._find(
                  key,
                  /*insert*/
                  true
                );
                this._values[index] = value;
                return this;
              };
              Map3.prototype.delete = function(key) {
                var index = this._find(
                  key,
                  /*insert*/
                  false
                );
                if (index >= 0) {
                  var size = this._keys.length;
                  for (var i = index + 1; i < size; i++) {
                    this._keys[i - 1] = this._keys[i];
                    this._values[i - 1] = this._values[i];
                  }
                  this._keys.length--;
                  this._values.length--;
                  if (SameValueZero(key, this._cacheKey)) {
                    this._cacheKey = cacheSentinel;
                    this._cacheIndex = -2;
                  }
                  return true;
                }
                return false;
              };
              Map3.prototype.clear = function() {
                this._keys.length = 0;
                this._values.length = 0;
                this._cacheKey = cacheSentinel;
                this._cacheIndex = -2;
              };
              Map3.prototype.keys = function() {
                return new MapIterator(this._keys, this._values, getKey);
              };
              Map3.prototype.values = function() {
                return new MapIterator(this._keys, this._values, getValue);
              };
              Map3.prototype.entries = function() {
                return new MapIterator(this._keys, this._values, getEntry);
              };
              Map3.prototype["@@iterator"] = function() {
                return this.entries();
              };
              Map3.prototype[iteratorSymbol] = function() {
                return this.entries();
              };
              Map3.prototype._find = function(key, insert) {
                if (!SameValueZero(this._cacheKey, key)) {
                  this._cacheIndex = -1;
                  for (var i = 0; i < this._keys.length; i++) {
                    if (SameValueZero(this._keys[i], key)) {
                      this._cacheIndex = i;
                      break;
                    }
                  }
                }
                if (this._cacheIndex < 0 && insert) {
                  this._cacheIndex = this._keys.length;
                  this._keys.push(key);
                  this._values.push(void 0);
                }
                return this._cacheIndex;
              };
              return Map3;
            }()
          );
          return Map2;
          function getKey(key, _) {
            return key;
          }
          function getValue(_, value) {
            return value;
          }
          function getEntry(key, value) {
            return [key, value];
          }
        }
        function CreateSetPolyfill() {
          var Set2 = (
            /** @class */
            function() {
              function Set3() {
                this._map = new _Map();
              }
              Object.defineProperty(Set3.prototype, "size", {
                get: function() {
                  return this._map.size;
                },
                enumerable: true,
                configurable: true
              });
              Set3.prototype.has = function(value) {
                return this._map.has(value);
              };
              Set3.prototype.add = function(value) {
                return this._map.set(value, value), this;
              };
              Set3.prototype.delete = function(value) {
                return this._map.delete(value);
              };
              Set3.prototype.clear = function() {
                this._map.clear();
              };
              Set3.prototype.keys = function() {
                return this._map.keys();
              };
              Set3.prototype.values = function() {
                return this._map.keys();
              };
              Set3.prototype.entries = function() {
                return this._map.entries();
              };
              Set3.prototype["@@iterator"] = function() {
                return this.keys();
              };
              Set3.prototype[iteratorSymbol] = function() {
                return this.keys();
              };
              return Set3;
            }()
          );
          return Set2;
        }
        function CreateWeakMapPolyfill() {
          var UUID_SIZE = 16;
          var keys = HashMap.create();
          var rootKey = CreateUniqueKey();
          return (
            /** @class */
            function() {
              function WeakMap2() {
                this._key = CreateUniqueKey();
              }
              WeakMap2.prototype.has = function(target) {
                var table = GetOrCreateWeakMapTable(
                  target,
                  /*create*/
                  false
                );
                return table !== void 0 ? HashMap.has(table, this._key) : false;
              };
              WeakMap2.prototype.get = function(target) {
                var table = GetOrCreateWeakMapTable(
                  target,
                  /*create*/
                  false
                );
                return table !== void 0 ? HashMap.get(table, this._key) : void 0;
              };
              WeakMap2.prototype.set = function(target, value) {
                var table = GetOrCreateWeakMapTable(
                  target,
                  /*create*/
                  true
                );
                table[this._key] = value;
                return this;
              };
              WeakMap2.prototype.delete = function(target) {
                var table = GetOrCreateWeakMapTable(
                  target,
                  /*create*/
                  false
                );
                return table !== void 0 ? delete table[this._key] : false;
              };
              WeakMap2.prototype.clear = function() {
                this._key = CreateUniqueKey();
              };
              return WeakMap2;
            }()
          );
          function CreateUniqueKey() {
            var key;
            do
              key = "@@WeakMap@@" + CreateUUID();
            while (HashMap.has(keys, key));
            keys[key] = true;
            return key;
          }
          function GetOrCreateWeakMapTable(target, create) {
            if (!hasOwn.call(target, rootKey)) {
              if (!create)
                return void 0;
              Object.defineProperty(target, rootKey, { value: HashMap.create() });
            }
            return target[rootKey];
          }
          function FillRandomBytes(buffer, size) {
            for (var i = 0; i < size; ++i)
              buffer[i] = Math.random() * 255 | 0;
            return buffer;
          }
          function GenRandomBytes(size) {
            if (typeof Uint8Array === "function") {
              var array = new Uint8Array(size);
              if (typeof crypto !== "undefined") {
                crypto.getRandomValues(array);
              } else if (typeof msCrypto !== "undefined") {
                msCrypto.getRandomValues(array);
              } else {
                FillRandomBytes(array, size);
              }
              return array;
            }
            return FillRandomBytes(new Array(size), size);
          }
          function CreateUUID() {
            var data = GenRandomBytes(UUID_SIZE);
            data[6] = data[6] & 79 | 64;
            data[8] = data[8] & 191 | 128;
            var result = "";
            for (var offset = 0; offset < UUID_SIZE; ++offset) {
              var byte = data[offset];
              if (offset === 4 || offset === 6 || offset === 8)
                result += "-";
              if (byte < 16)
                result += "0";
              result += byte.toString(16).toLowerCase();
            }
            return result;
          }
        }
        function MakeDictionary(obj) {
          obj.__ = void 0;
          delete obj.__;
          return obj;
        }
      });
    })(Reflect2 || (Reflect2 = {}));
  }
});

// node_modules/@inversifyjs/common/lib/cjs/common/calculations/isPromise.js
var require_isPromise = __commonJS({
  "node_modules/@inversifyjs/common/lib/cjs/common/calculations/isPromise.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isPromise = isPromise;
    function isPromise(object) {
      const isObjectOrFunction = typeof object === "object" && object !== null || typeof object === "function";
      return isObjectOrFunction && typeof object.then === "function";
    }
  }
});

// node_modules/@inversifyjs/common/lib/cjs/services/calculations/stringifyServiceIdentifier.js
var require_stringifyServiceIdentifier = __commonJS({
  "node_modules/@inversifyjs/common/lib/cjs/services/calculations/stringifyServiceIdentifier.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.stringifyServiceIdentifier = stringifyServiceIdentifier;
    function stringifyServiceIdentifier(serviceIdentifier) {
      switch (typeof serviceIdentifier) {
        case "string":
        case "symbol":
          return serviceIdentifier.toString();
        case "function":
          return serviceIdentifier.name;
        default:
          throw new Error(`Unexpected ${typeof serviceIdentifier} service id type`);
      }
    }
  }
});

// node_modules/@inversifyjs/common/lib/cjs/services/models/LazyServiceIdentifier.js
var require_LazyServiceIdentifier = __commonJS({
  "node_modules/@inversifyjs/common/lib/cjs/services/models/LazyServiceIdentifier.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.LazyServiceIdentifier = void 0;
    var islazyServiceIdentifierSymbol = Symbol.for("@inversifyjs/common/islazyServiceIdentifier");
    var LazyServiceIdentifier = class {
      [islazyServiceIdentifierSymbol];
      #buildServiceId;
      constructor(buildServiceId) {
        this.#buildServiceId = buildServiceId;
        this[islazyServiceIdentifierSymbol] = true;
      }
      static is(value) {
        return typeof value === "object" && value !== null && value[islazyServiceIdentifierSymbol] === true;
      }
      unwrap() {
        return this.#buildServiceId();
      }
    };
    exports2.LazyServiceIdentifier = LazyServiceIdentifier;
  }
});

// node_modules/@inversifyjs/common/lib/cjs/index.js
var require_cjs = __commonJS({
  "node_modules/@inversifyjs/common/lib/cjs/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.stringifyServiceIdentifier = exports2.LazyServiceIdentifier = exports2.isPromise = void 0;
    var isPromise_1 = require_isPromise();
    Object.defineProperty(exports2, "isPromise", { enumerable: true, get: function() {
      return isPromise_1.isPromise;
    } });
    var stringifyServiceIdentifier_1 = require_stringifyServiceIdentifier();
    Object.defineProperty(exports2, "stringifyServiceIdentifier", { enumerable: true, get: function() {
      return stringifyServiceIdentifier_1.stringifyServiceIdentifier;
    } });
    var LazyServiceIdentifier_1 = require_LazyServiceIdentifier();
    Object.defineProperty(exports2, "LazyServiceIdentifier", { enumerable: true, get: function() {
      return LazyServiceIdentifier_1.LazyServiceIdentifier;
    } });
  }
});

// node_modules/reflect-metadata/ReflectLite.js
var require_ReflectLite = __commonJS({
  "node_modules/reflect-metadata/ReflectLite.js"() {
    var Reflect2;
    (function(Reflect3) {
      (function(factory) {
        var root = typeof globalThis === "object" ? globalThis : typeof global === "object" ? global : typeof self === "object" ? self : typeof this === "object" ? this : sloppyModeThis();
        var exporter = makeExporter(Reflect3);
        if (typeof root.Reflect !== "undefined") {
          exporter = makeExporter(root.Reflect, exporter);
        }
        factory(exporter, root);
        if (typeof root.Reflect === "undefined") {
          root.Reflect = Reflect3;
        }
        function makeExporter(target, previous) {
          return function(key, value) {
            Object.defineProperty(target, key, { configurable: true, writable: true, value });
            if (previous)
              previous(key, value);
          };
        }
        function sloppyModeThis() {
          throw new ReferenceError("globalThis could not be found. Please polyfill globalThis before loading this module.");
        }
      })(function(exporter, root) {
        var supportsSymbol = typeof Symbol === "function";
        var toPrimitiveSymbol = supportsSymbol && typeof Symbol.toPrimitive !== "undefined" ? Symbol.toPrimitive : fail("Symbol.toPrimitive not found.");
        var iteratorSymbol = supportsSymbol && typeof Symbol.iterator !== "undefined" ? Symbol.iterator : fail("Symbol.iterator not found.");
        var functionPrototype = Object.getPrototypeOf(Function);
        var _Map = typeof Map === "function" && typeof Map.prototype.entries === "function" ? Map : fail("A valid Map constructor could not be found.");
        var _Set = typeof Set === "function" && typeof Set.prototype.entries === "function" ? Set : fail("A valid Set constructor could not be found.");
        var _WeakMap = typeof WeakMap === "function" ? WeakMap : fail("A valid WeakMap constructor could not be found.");
        var registrySymbol = supportsSymbol ? Symbol.for("@reflect-metadata:registry") : void 0;
        var metadataRegistry = GetOrCreateMetadataRegistry();
        var metadataProvider = CreateMetadataProvider(metadataRegistry);
        function decorate(decorators, target, propertyKey, attributes) {
          if (!IsUndefined(propertyKey)) {
            if (!IsArray(decorators))
              throw new TypeError();
            if (!IsObject(target))
              throw new TypeError();
            if (!IsObject(attributes) && !IsUndefined(attributes) && !IsNull(attributes))
              throw new TypeError();
            if (IsNull(attributes))
              attributes = void 0;
            propertyKey = ToPropertyKey(propertyKey);
            return DecorateProperty(decorators, target, propertyKey, attributes);
          } else {
            if (!IsArray(decorators))
              throw new TypeError();
            if (!IsConstructor(target))
              throw new TypeError();
            return DecorateConstructor(decorators, target);
          }
        }
        exporter("decorate", decorate);
        function metadata(metadataKey, metadataValue) {
          function decorator(target, propertyKey) {
            if (!IsObject(target))
              throw new TypeError();
            if (!IsUndefined(propertyKey) && !IsPropertyKey(propertyKey))
              throw new TypeError();
            OrdinaryDefineOwnMetadata(metadataKey, metadataValue, target, propertyKey);
          }
          return decorator;
        }
        exporter("metadata", metadata);
        function defineMetadata(metadataKey, metadataValue, target, propertyKey) {
          if (!IsObject(target))
            throw new TypeError();
          if (!IsUndefined(propertyKey))
            propertyKey = ToPropertyKey(propertyKey);
          return OrdinaryDefineOwnMetadata(metadataKey, metadataValue, target, propertyKey);
        }
        exporter("defineMetadata", defineMetadata);
        function hasMetadata(metadataKey, target, propertyKey) {
          if (!IsObject(target))
            throw new TypeError();
          if (!IsUndefined(propertyKey))
            propertyKey = ToPropertyKey(propertyKey);
          return OrdinaryHasMetadata(metadataKey, target, propertyKey);
        }
        exporter("hasMetadata", hasMetadata);
        function hasOwnMetadata(metadataKey, target, propertyKey) {
          if (!IsObject(target))
            throw new TypeError();
          if (!IsUndefined(propertyKey))
            propertyKey = ToPropertyKey(propertyKey);
          return OrdinaryHasOwnMetadata(metadataKey, target, propertyKey);
        }
        exporter("hasOwnMetadata", hasOwnMetadata);
        function getMetadata(metadataKey, target, propertyKey) {
          if (!IsObject(target))
            throw new TypeError();
          if (!IsUndefined(propertyKey))
            propertyKey = ToPropertyKey(propertyKey);
          return OrdinaryGetMetadata(metadataKey, target, propertyKey);
        }
        exporter("getMetadata", getMetadata);
        function getOwnMetadata(metadataKey, target, propertyKey) {
          if (!IsObject(target))
            throw new TypeError();
          if (!IsUndefined(propertyKey))
            propertyKey = ToPropertyKey(propertyKey);
          return OrdinaryGetOwnMetadata(metadataKey, target, propertyKey);
        }
        exporter("getOwnMetadata", getOwnMetadata);
        function getMetadataKeys(target, propertyKey) {
          if (!IsObject(target))
            throw new TypeError();
          if (!IsUndefined(propertyKey))
            propertyKey = ToPropertyKey(propertyKey);
          return OrdinaryMetadataKeys(target, propertyKey);
        }
        exporter("getMetadataKeys", getMetadataKeys);
        function getOwnMetadataKeys(target, propertyKey) {
          if (!IsObject(target))
            throw new TypeError();
          if (!IsUndefined(propertyKey))
            propertyKey = ToPropertyKey(propertyKey);
          return OrdinaryOwnMetadataKeys(target, propertyKey);
        }
        exporter("getOwnMetadataKeys", getOwnMetadataKeys);
        function deleteMetadata(metadataKey, target, propertyKey) {
          if (!IsObject(target))
            throw new TypeError();
          if (!IsUndefined(propertyKey))
            propertyKey = ToPropertyKey(propertyKey);
          var provider = GetMetadataProvider(
            target,
            propertyKey,
            /*Create*/
            false
          );
          if (IsUndefined(provider))
            return false;
          return provider.OrdinaryDeleteMetadata(metadataKey, target, propertyKey);
        }
        exporter("deleteMetadata", deleteMetadata);
        function DecorateConstructor(decorators, target) {
          for (var i = decorators.length - 1; i >= 0; --i) {
            var decorator = decorators[i];
            var decorated = decorator(target);
            if (!IsUndefined(decorated) && !IsNull(decorated)) {
              if (!IsConstructor(decorated))
                throw new TypeError();
              target = decorated;
            }
          }
          return target;
        }
        function DecorateProperty(decorators, target, propertyKey, descriptor) {
          for (var i = decorators.length - 1; i >= 0; --i) {
            var decorator = decorators[i];
            var decorated = decorator(target, propertyKey, descriptor);
            if (!IsUndefined(decorated) && !IsNull(decorated)) {
              if (!IsObject(decorated))
                throw new TypeError();
              descriptor = decorated;
            }
          }
          return descriptor;
        }
        function OrdinaryHasMetadata(MetadataKey, O, P) {
          var hasOwn = OrdinaryHasOwnMetadata(MetadataKey, O, P);
          if (hasOwn)
            return true;
          var parent = OrdinaryGetPrototypeOf(O);
          if (!IsNull(parent))
            return OrdinaryHasMetadata(MetadataKey, parent, P);
          return false;
        }
        function OrdinaryHasOwnMetadata(MetadataKey, O, P) {
          var provider = GetMetadataProvider(
            O,
            P,
            /*Create*/
            false
          );
          if (IsUndefined(provider))
            return false;
          return ToBoolean(provider.OrdinaryHasOwnMetadata(MetadataKey, O, P));
        }
        function OrdinaryGetMetadata(MetadataKey, O, P) {
          var hasOwn = OrdinaryHasOwnMetadata(MetadataKey, O, P);
          if (hasOwn)
            return OrdinaryGetOwnMetadata(MetadataKey, O, P);
          var parent = OrdinaryGetPrototypeOf(O);
          if (!IsNull(parent))
            return OrdinaryGetMetadata(MetadataKey, parent, P);
          return void 0;
        }
        function OrdinaryGetOwnMetadata(MetadataKey, O, P) {
          var provider = GetMetadataProvider(
            O,
            P,
            /*Create*/
            false
          );
          if (IsUndefined(provider))
            return;
          return provider.OrdinaryGetOwnMetadata(MetadataKey, O, P);
        }
        function OrdinaryDefineOwnMetadata(MetadataKey, MetadataValue, O, P) {
          var provider = GetMetadataProvider(
            O,
            P,
            /*Create*/
            true
          );
          provider.OrdinaryDefineOwnMetadata(MetadataKey, MetadataValue, O, P);
        }
        function OrdinaryMetadataKeys(O, P) {
          var ownKeys = OrdinaryOwnMetadataKeys(O, P);
          var parent = OrdinaryGetPrototypeOf(O);
          if (parent === null)
            return ownKeys;
          var parentKeys = OrdinaryMetadataKeys(parent, P);
          if (parentKeys.length <= 0)
            return ownKeys;
          if (ownKeys.length <= 0)
            return parentKeys;
          var set = new _Set();
          var keys = [];
          for (var _i = 0, ownKeys_1 = ownKeys; _i < ownKeys_1.length; _i++) {
            var key = ownKeys_1[_i];
            var hasKey = set.has(key);
            if (!hasKey) {
              set.add(key);
              keys.push(key);
            }
          }
          for (var _a = 0, parentKeys_1 = parentKeys; _a < parentKeys_1.length; _a++) {
            var key = parentKeys_1[_a];
            var hasKey = set.has(key);
            if (!hasKey) {
              set.add(key);
              keys.push(key);
            }
          }
          return keys;
        }
        function OrdinaryOwnMetadataKeys(O, P) {
          var provider = GetMetadataProvider(
            O,
            P,
            /*create*/
            false
          );
          if (!provider) {
            return [];
          }
          return provider.OrdinaryOwnMetadataKeys(O, P);
        }
        function Type(x) {
          if (x === null)
            return 1;
          switch (typeof x) {
            case "undefined":
              return 0;
            case "boolean":
              return 2;
            case "string":
              return 3;
            case "symbol":
              return 4;
            case "number":
              return 5;
            case "object":
              return x === null ? 1 : 6;
            default:
              return 6;
          }
        }
        function IsUndefined(x) {
          return x === void 0;
        }
        function IsNull(x) {
          return x === null;
        }
        function IsSymbol(x) {
          return typeof x === "symbol";
        }
        function IsObject(x) {
          return typeof x === "object" ? x !== null : typeof x === "function";
        }
        function ToPrimitive(input, PreferredType) {
          switch (Type(input)) {
            case 0:
              return input;
            case 1:
              return input;
            case 2:
              return input;
            case 3:
              return input;
            case 4:
              return input;
            case 5:
              return input;
          }
          var hint = PreferredType === 3 ? "string" : PreferredType === 5 ? "number" : "default";
          var exoticToPrim = GetMethod(input, toPrimitiveSymbol);
          if (exoticToPrim !== void 0) {
            var result = exoticToPrim.call(input, hint);
            if (IsObject(result))
              throw new TypeError();
            return result;
          }
          return OrdinaryToPrimitive(input, hint === "default" ? "number" : hint);
        }
        function OrdinaryToPrimitive(O, hint) {
          if (hint === "string") {
            var toString_1 = O.toString;
            if (IsCallable(toString_1)) {
              var result = toString_1.call(O);
              if (!IsObject(result))
                return result;
            }
            var valueOf = O.valueOf;
            if (IsCallable(valueOf)) {
              var result = valueOf.call(O);
              if (!IsObject(result))
                return result;
            }
          } else {
            var valueOf = O.valueOf;
            if (IsCallable(valueOf)) {
              var result = valueOf.call(O);
              if (!IsObject(result))
                return result;
            }
            var toString_2 = O.toString;
            if (IsCallable(toString_2)) {
              var result = toString_2.call(O);
              if (!IsObject(result))
                return result;
            }
          }
          throw new TypeError();
        }
        function ToBoolean(argument) {
          return !!argument;
        }
        function ToString(argument) {
          return "" + argument;
        }
        function ToPropertyKey(argument) {
          var key = ToPrimitive(
            argument,
            3
            /* String */
          );
          if (IsSymbol(key))
            return key;
          return ToString(key);
        }
        function IsArray(argument) {
          return Array.isArray ? Array.isArray(argument) : argument instanceof Object ? argument instanceof Array : Object.prototype.toString.call(argument) === "[object Array]";
        }
        function IsCallable(argument) {
          return typeof argument === "function";
        }
        function IsConstructor(argument) {
          return typeof argument === "function";
        }
        function IsPropertyKey(argument) {
          switch (Type(argument)) {
            case 3:
              return true;
            case 4:
              return true;
            default:
              return false;
          }
        }
        function GetMethod(V, P) {
          var func = V[P];
          if (func === void 0 || func === null)
            return void 0;
          if (!IsCallable(func))
            throw new TypeError();
          return func;
        }
        function GetIterator(obj) {
          var method = GetMethod(obj, iteratorSymbol);
          if (!IsCallable(method))
            throw new TypeError();
          var iterator = method.call(obj);
          if (!IsObject(iterator))
            throw new TypeError();
          return iterator;
        }
        function IteratorValue(iterResult) {
          return iterResult.value;
        }
        function IteratorStep(iterator) {
          var result = iterator.next();
          return result.done ? false : result;
        }
        function IteratorClose(iterator) {
          var f = iterator["return"];
          if (f)
            f.call(iterator);
        }
        function OrdinaryGetPrototypeOf(O) {
          var proto = Object.getPrototypeOf(O);
          if (typeof O !== "function" || O === functionPrototype)
            return proto;
          if (proto !== functionPrototype)
            return proto;
          var prototype = O.prototype;
          var prototypeProto = prototype && Object.getPrototypeOf(prototype);
          if (prototypeProto == null || prototypeProto === Object.prototype)
            return proto;
          var constructor = prototypeProto.constructor;
          if (typeof constructor !== "function")
            return proto;
          if (constructor === O)
            return proto;
          return constructor;
        }
        function fail(e) {
          throw e;
        }
        function CreateMetadataRegistry() {
          var fallback;
          if (!IsUndefined(registrySymbol) && typeof root.Reflect !== "undefined" && !(registrySymbol in root.Reflect) && typeof root.Reflect.defineMetadata === "function") {
            fallback = CreateFallbackProvider(root.Reflect);
          }
          var first;
          var second;
          var rest;
          var targetProviderMap = new _WeakMap();
          var registry = {
            registerProvider,
            getProvider,
            setProvider
          };
          return registry;
          function registerProvider(provider) {
            if (!Object.isExtensible(registry)) {
              throw new Error("Cannot add provider to a frozen registry.");
            }
            switch (true) {
              case fallback === provider:
                break;
              case IsUndefined(first):
                first = provider;
                break;
              case first === provider:
                break;
              case IsUndefined(second):
                second = provider;
                break;
              case second === provider:
                break;
              default:
                if (rest === void 0)
                  rest = new _Set();
                rest.add(provider);
                break;
            }
          }
          function getProviderNoCache(O, P) {
            if (!IsUndefined(first)) {
              if (first.isProviderFor(O, P))
                return first;
              if (!IsUndefined(second)) {
                if (second.isProviderFor(O, P))
                  return first;
                if (!IsUndefined(rest)) {
                  var iterator = GetIterator(rest);
                  while (true) {
                    var next = IteratorStep(iterator);
                    if (!next) {
                      return void 0;
                    }
                    var provider = IteratorValue(next);
                    if (provider.isProviderFor(O, P)) {
                      IteratorClose(iterator);
                      return provider;
                    }
                  }
                }
              }
            }
            if (!IsUndefined(fallback) && fallback.isProviderFor(O, P)) {
              return fallback;
            }
            return void 0;
          }
          function getProvider(O, P) {
            var providerMap = targetProviderMap.get(O);
            var provider;
            if (!IsUndefined(providerMap)) {
              provider = providerMap.get(P);
            }
            if (!IsUndefined(provider)) {
              return provider;
            }
            provider = getProviderNoCache(O, P);
            if (!IsUndefined(provider)) {
              if (IsUndefined(providerMap)) {
                providerMap = new _Map();
                targetProviderMap.set(O, providerMap);
              }
              providerMap.set(P, provider);
            }
            return provider;
          }
          function hasProvider(provider) {
            if (IsUndefined(provider))
              throw new TypeError();
            return first === provider || second === provider || !IsUndefined(rest) && rest.has(provider);
          }
          function setProvider(O, P, provider) {
            if (!hasProvider(provider)) {
              throw new Error("Metadata provider not registered.");
            }
            var existingProvider = getProvider(O, P);
            if (existingProvider !== provider) {
              if (!IsUndefined(existingProvider)) {
                return false;
              }
              var providerMap = targetProviderMap.get(O);
              if (IsUndefined(providerMap)) {
                providerMap = new _Map();
                targetProviderMap.set(O, providerMap);
              }
              providerMap.set(P, provider);
            }
            return true;
          }
        }
        function GetOrCreateMetadataRegistry() {
          var metadataRegistry2;
          if (!IsUndefined(registrySymbol) && IsObject(root.Reflect) && Object.isExtensible(root.Reflect)) {
            metadataRegistry2 = root.Reflect[registrySymbol];
          }
          if (IsUndefined(metadataRegistry2)) {
            metadataRegistry2 = CreateMetadataRegistry();
          }
          if (!IsUndefined(registrySymbol) && IsObject(root.Reflect) && Object.isExtensible(root.Reflect)) {
            Object.defineProperty(root.Reflect, registrySymbol, {
              enumerable: false,
              configurable: false,
              writable: false,
              value: metadataRegistry2
            });
          }
          return metadataRegistry2;
        }
        function CreateMetadataProvider(registry) {
          var metadata2 = new _WeakMap();
          var provider = {
            isProviderFor: function(O, P) {
              var targetMetadata = metadata2.get(O);
              if (IsUndefined(targetMetadata))
                return false;
              return targetMetadata.has(P);
            },
            OrdinaryDefineOwnMetadata: OrdinaryDefineOwnMetadata2,
            OrdinaryHasOwnMetadata: OrdinaryHasOwnMetadata2,
            OrdinaryGetOwnMetadata: OrdinaryGetOwnMetadata2,
            OrdinaryOwnMetadataKeys: OrdinaryOwnMetadataKeys2,
            OrdinaryDeleteMetadata
          };
          metadataRegistry.registerProvider(provider);
          return provider;
          function GetOrCreateMetadataMap(O, P, Create) {
            var targetMetadata = metadata2.get(O);
            var createdTargetMetadata = false;
            if (IsUndefined(targetMetadata)) {
              if (!Create)
                return void 0;
              targetMetadata = new _Map();
              metadata2.set(O, targetMetadata);
              createdTargetMetadata = true;
            }
            var metadataMap = targetMetadata.get(P);
            if (IsUndefined(metadataMap)) {
              if (!Create)
                return void 0;
              metadataMap = new _Map();
              targetMetadata.set(P, metadataMap);
              if (!registry.setProvider(O, P, provider)) {
                targetMetadata.delete(P);
                if (createdTargetMetadata) {
                  metadata2.delete(O);
                }
                throw new Error("Wrong provider for target.");
              }
            }
            return metadataMap;
          }
          function OrdinaryHasOwnMetadata2(MetadataKey, O, P) {
            var metadataMap = GetOrCreateMetadataMap(
              O,
              P,
              /*Create*/
              false
            );
            if (IsUndefined(metadataMap))
              return false;
            return ToBoolean(metadataMap.has(MetadataKey));
          }
          function OrdinaryGetOwnMetadata2(MetadataKey, O, P) {
            var metadataMap = GetOrCreateMetadataMap(
              O,
              P,
              /*Create*/
              false
            );
            if (IsUndefined(metadataMap))
              return void 0;
            return metadataMap.get(MetadataKey);
          }
          function OrdinaryDefineOwnMetadata2(MetadataKey, MetadataValue, O, P) {
            var metadataMap = GetOrCreateMetadataMap(
              O,
              P,
              /*Create*/
              true
            );
            metadataMap.set(MetadataKey, MetadataValue);
          }
          function OrdinaryOwnMetadataKeys2(O, P) {
            var keys = [];
            var metadataMap = GetOrCreateMetadataMap(
              O,
              P,
              /*Create*/
              false
            );
            if (IsUndefined(metadataMap))
              return keys;
            var keysObj = metadataMap.keys();
            var iterator = GetIterator(keysObj);
            var k = 0;
            while (true) {
              var next = IteratorStep(iterator);
              if (!next) {
                keys.length = k;
                return keys;
              }
              var nextValue = IteratorValue(next);
              try {
                keys[k] = nextValue;
              } catch (e) {
                try {
                  IteratorClose(iterator);
                } finally {
                  throw e;
                }
              }
              k++;
            }
          }
          function OrdinaryDeleteMetadata(MetadataKey, O, P) {
            var metadataMap = GetOrCreateMetadataMap(
              O,
              P,
              /*Create*/
              false
            );
            if (IsUndefined(metadataMap))
              return false;
            if (!metadataMap.delete(MetadataKey))
              return false;
            if (metadataMap.size === 0) {
              var targetMetadata = metadata2.get(O);
              if (!IsUndefined(targetMetadata)) {
                targetMetadata.delete(P);
                if (targetMetadata.size === 0) {
                  metadata2.delete(targetMetadata);
                }
              }
            }
            return true;
          }
        }
        function CreateFallbackProvider(reflect) {
          var defineMetadata2 = reflect.defineMetadata, hasOwnMetadata2 = reflect.hasOwnMetadata, getOwnMetadata2 = reflect.getOwnMetadata, getOwnMetadataKeys2 = reflect.getOwnMetadataKeys, deleteMetadata2 = reflect.deleteMetadata;
          var metadataOwner = new _WeakMap();
          var provider = {
            isProviderFor: function(O, P) {
              var metadataPropertySet = metadataOwner.get(O);
              if (!IsUndefined(metadataPropertySet) && metadataPropertySet.has(P)) {
                return true;
              }
              if (getOwnMetadataKeys2(O, P).length) {
                if (IsUndefined(metadataPropertySet)) {
                  metadataPropertySet = new _Set();
                  metadataOwner.set(O, metadataPropertySet);
                }
                metadataPropertySet.add(P);
                return true;
              }
              return false;
            },
            OrdinaryDefineOwnMetadata: defineMetadata2,
            OrdinaryHasOwnMetadata: hasOwnMetadata2,
            OrdinaryGetOwnMetadata: getOwnMetadata2,
            OrdinaryOwnMetadataKeys: getOwnMetadataKeys2,
            OrdinaryDeleteMetadata: deleteMetadata2
          };
          return provider;
        }
        function GetMetadataProvider(O, P, Create) {
          var registeredProvider = metadataRegistry.getProvider(O, P);
          if (!IsUndefined(registeredProvider)) {
            return registeredProvider;
          }
          if (Create) {
            if (metadataRegistry.setProvider(O, P, metadataProvider)) {
              return metadataProvider;
            }
            throw new Error("Illegal state.");
          }
          return void 0;
        }
      });
    })(Reflect2 || (Reflect2 = {}));
  }
});

// node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/reflectMetadata/utils/buildArrayMetadataWithArray.js
var require_buildArrayMetadataWithArray = __commonJS({
  "node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/reflectMetadata/utils/buildArrayMetadataWithArray.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.buildArrayMetadataWithArray = buildArrayMetadataWithArray;
    function buildArrayMetadataWithArray(newArrayMetadata) {
      return (arrayMetadata) => {
        arrayMetadata.push(...newArrayMetadata);
        return arrayMetadata;
      };
    }
  }
});

// node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/reflectMetadata/utils/buildArrayMetadataWithElement.js
var require_buildArrayMetadataWithElement = __commonJS({
  "node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/reflectMetadata/utils/buildArrayMetadataWithElement.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.buildArrayMetadataWithElement = buildArrayMetadataWithElement;
    function buildArrayMetadataWithElement(newMetadata) {
      return (arrayMetadata) => {
        arrayMetadata.push(newMetadata);
        return arrayMetadata;
      };
    }
  }
});

// node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/reflectMetadata/utils/buildArrayMetadataWithIndex.js
var require_buildArrayMetadataWithIndex = __commonJS({
  "node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/reflectMetadata/utils/buildArrayMetadataWithIndex.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.buildArrayMetadataWithIndex = buildArrayMetadataWithIndex;
    function buildArrayMetadataWithIndex(newMetadata, index) {
      return (arrayMetadata) => {
        arrayMetadata[index] = newMetadata;
        return arrayMetadata;
      };
    }
  }
});

// node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/reflectMetadata/utils/buildEmptyArrayMetadata.js
var require_buildEmptyArrayMetadata = __commonJS({
  "node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/reflectMetadata/utils/buildEmptyArrayMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.buildEmptyArrayMetadata = buildEmptyArrayMetadata;
    function buildEmptyArrayMetadata() {
      return [];
    }
  }
});

// node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/reflectMetadata/utils/buildEmptyMapMetadata.js
var require_buildEmptyMapMetadata = __commonJS({
  "node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/reflectMetadata/utils/buildEmptyMapMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.buildEmptyMapMetadata = buildEmptyMapMetadata;
    function buildEmptyMapMetadata() {
      return /* @__PURE__ */ new Map();
    }
  }
});

// node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/reflectMetadata/utils/buildEmptySetMetadata.js
var require_buildEmptySetMetadata = __commonJS({
  "node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/reflectMetadata/utils/buildEmptySetMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.buildEmptySetMetadata = buildEmptySetMetadata;
    function buildEmptySetMetadata() {
      return /* @__PURE__ */ new Set();
    }
  }
});

// node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/reflectMetadata/utils/getOwnReflectMetadata.js
var require_getOwnReflectMetadata = __commonJS({
  "node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/reflectMetadata/utils/getOwnReflectMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getOwnReflectMetadata = getOwnReflectMetadata;
    function getOwnReflectMetadata(target, metadataKey, propertyKey) {
      return Reflect.getOwnMetadata(metadataKey, target, propertyKey);
    }
  }
});

// node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/reflectMetadata/utils/getReflectMetadata.js
var require_getReflectMetadata = __commonJS({
  "node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/reflectMetadata/utils/getReflectMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getReflectMetadata = getReflectMetadata;
    function getReflectMetadata(target, metadataKey, propertyKey) {
      return Reflect.getMetadata(metadataKey, target, propertyKey);
    }
  }
});

// node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/reflectMetadata/utils/setReflectMetadata.js
var require_setReflectMetadata = __commonJS({
  "node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/reflectMetadata/utils/setReflectMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.setReflectMetadata = setReflectMetadata;
    function setReflectMetadata(target, metadataKey, metadata, propertyKey) {
      Reflect.defineMetadata(metadataKey, metadata, target, propertyKey);
    }
  }
});

// node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/reflectMetadata/utils/updateOwnReflectMetadata.js
var require_updateOwnReflectMetadata = __commonJS({
  "node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/reflectMetadata/utils/updateOwnReflectMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.updateOwnReflectMetadata = updateOwnReflectMetadata;
    var getOwnReflectMetadata_1 = require_getOwnReflectMetadata();
    function updateOwnReflectMetadata(target, metadataKey, buildDefaultValue, callback, propertyKey) {
      const metadata = (0, getOwnReflectMetadata_1.getOwnReflectMetadata)(target, metadataKey, propertyKey) ?? buildDefaultValue();
      const updatedMetadata = callback(metadata);
      Reflect.defineMetadata(metadataKey, updatedMetadata, target, propertyKey);
    }
  }
});

// node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/reflectMetadata/utils/updateReflectMetadata.js
var require_updateReflectMetadata = __commonJS({
  "node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/reflectMetadata/utils/updateReflectMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.updateReflectMetadata = updateReflectMetadata;
    var getReflectMetadata_1 = require_getReflectMetadata();
    function updateReflectMetadata(target, metadataKey, buildDefaultValue, callback, propertyKey) {
      const metadata = (0, getReflectMetadata_1.getReflectMetadata)(target, metadataKey, propertyKey) ?? buildDefaultValue();
      const updatedMetadata = callback(metadata);
      Reflect.defineMetadata(metadataKey, updatedMetadata, target, propertyKey);
    }
  }
});

// node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/reflectMetadata/utils/updateSetMetadataWithList.js
var require_updateSetMetadataWithList = __commonJS({
  "node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/reflectMetadata/utils/updateSetMetadataWithList.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.updateSetMetadataWithList = updateSetMetadataWithList;
    function updateSetMetadataWithList(metadataList) {
      return (setMetadata) => {
        for (const item of metadataList) {
          setMetadata.add(item);
        }
        return setMetadata;
      };
    }
  }
});

// node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/index.js
var require_cjs2 = __commonJS({
  "node_modules/@inversifyjs/reflect-metadata-utils/lib/cjs/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.updateSetMetadataWithList = exports2.updateReflectMetadata = exports2.updateOwnReflectMetadata = exports2.setReflectMetadata = exports2.getReflectMetadata = exports2.getOwnReflectMetadata = exports2.buildEmptySetMetadata = exports2.buildEmptyMapMetadata = exports2.buildEmptyArrayMetadata = exports2.buildArrayMetadataWithIndex = exports2.buildArrayMetadataWithElement = exports2.buildArrayMetadataWithArray = void 0;
    var buildArrayMetadataWithArray_1 = require_buildArrayMetadataWithArray();
    Object.defineProperty(exports2, "buildArrayMetadataWithArray", { enumerable: true, get: function() {
      return buildArrayMetadataWithArray_1.buildArrayMetadataWithArray;
    } });
    var buildArrayMetadataWithElement_1 = require_buildArrayMetadataWithElement();
    Object.defineProperty(exports2, "buildArrayMetadataWithElement", { enumerable: true, get: function() {
      return buildArrayMetadataWithElement_1.buildArrayMetadataWithElement;
    } });
    var buildArrayMetadataWithIndex_1 = require_buildArrayMetadataWithIndex();
    Object.defineProperty(exports2, "buildArrayMetadataWithIndex", { enumerable: true, get: function() {
      return buildArrayMetadataWithIndex_1.buildArrayMetadataWithIndex;
    } });
    var buildEmptyArrayMetadata_1 = require_buildEmptyArrayMetadata();
    Object.defineProperty(exports2, "buildEmptyArrayMetadata", { enumerable: true, get: function() {
      return buildEmptyArrayMetadata_1.buildEmptyArrayMetadata;
    } });
    var buildEmptyMapMetadata_1 = require_buildEmptyMapMetadata();
    Object.defineProperty(exports2, "buildEmptyMapMetadata", { enumerable: true, get: function() {
      return buildEmptyMapMetadata_1.buildEmptyMapMetadata;
    } });
    var buildEmptySetMetadata_1 = require_buildEmptySetMetadata();
    Object.defineProperty(exports2, "buildEmptySetMetadata", { enumerable: true, get: function() {
      return buildEmptySetMetadata_1.buildEmptySetMetadata;
    } });
    var getOwnReflectMetadata_1 = require_getOwnReflectMetadata();
    Object.defineProperty(exports2, "getOwnReflectMetadata", { enumerable: true, get: function() {
      return getOwnReflectMetadata_1.getOwnReflectMetadata;
    } });
    var getReflectMetadata_1 = require_getReflectMetadata();
    Object.defineProperty(exports2, "getReflectMetadata", { enumerable: true, get: function() {
      return getReflectMetadata_1.getReflectMetadata;
    } });
    var setReflectMetadata_1 = require_setReflectMetadata();
    Object.defineProperty(exports2, "setReflectMetadata", { enumerable: true, get: function() {
      return setReflectMetadata_1.setReflectMetadata;
    } });
    var updateOwnReflectMetadata_1 = require_updateOwnReflectMetadata();
    Object.defineProperty(exports2, "updateOwnReflectMetadata", { enumerable: true, get: function() {
      return updateOwnReflectMetadata_1.updateOwnReflectMetadata;
    } });
    var updateReflectMetadata_1 = require_updateReflectMetadata();
    Object.defineProperty(exports2, "updateReflectMetadata", { enumerable: true, get: function() {
      return updateReflectMetadata_1.updateReflectMetadata;
    } });
    var updateSetMetadataWithList_1 = require_updateSetMetadataWithList();
    Object.defineProperty(exports2, "updateSetMetadataWithList", { enumerable: true, get: function() {
      return updateSetMetadataWithList_1.updateSetMetadataWithList;
    } });
  }
});

// node_modules/@inversifyjs/container/lib/cjs/container/actions/getContainerModuleId.js
var require_getContainerModuleId = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/container/actions/getContainerModuleId.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getContainerModuleId = getContainerModuleId;
    var reflect_metadata_utils_1 = require_cjs2();
    var ID_METADATA = "@inversifyjs/container/bindingId";
    function getContainerModuleId() {
      const bindingId = (0, reflect_metadata_utils_1.getOwnReflectMetadata)(Object, ID_METADATA) ?? 0;
      if (bindingId === Number.MAX_SAFE_INTEGER) {
        (0, reflect_metadata_utils_1.setReflectMetadata)(Object, ID_METADATA, Number.MIN_SAFE_INTEGER);
      } else {
        (0, reflect_metadata_utils_1.updateOwnReflectMetadata)(Object, ID_METADATA, () => bindingId, (id) => id + 1);
      }
      return bindingId;
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/container/models/ContainerModule.js
var require_ContainerModule = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/container/models/ContainerModule.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ContainerModule = void 0;
    var getContainerModuleId_1 = require_getContainerModuleId();
    var ContainerModule = class {
      #id;
      #load;
      constructor(load) {
        this.#id = (0, getContainerModuleId_1.getContainerModuleId)();
        this.#load = load;
      }
      get id() {
        return this.#id;
      }
      load(options) {
        return this.#load(options);
      }
    };
    exports2.ContainerModule = ContainerModule;
  }
});

// node_modules/@inversifyjs/core/lib/cjs/binding/actions/getBindingId.js
var require_getBindingId = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/binding/actions/getBindingId.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getBindingId = getBindingId;
    var reflect_metadata_utils_1 = require_cjs2();
    var ID_METADATA = "@inversifyjs/container/bindingId";
    function getBindingId() {
      const bindingId = (0, reflect_metadata_utils_1.getOwnReflectMetadata)(Object, ID_METADATA) ?? 0;
      if (bindingId === Number.MAX_SAFE_INTEGER) {
        (0, reflect_metadata_utils_1.setReflectMetadata)(Object, ID_METADATA, Number.MIN_SAFE_INTEGER);
      } else {
        (0, reflect_metadata_utils_1.updateOwnReflectMetadata)(Object, ID_METADATA, () => bindingId, (id) => id + 1);
      }
      return bindingId;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/binding/models/BindingScope.js
var require_BindingScope = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/binding/models/BindingScope.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.bindingScopeValues = void 0;
    exports2.bindingScopeValues = {
      Request: "Request",
      Singleton: "Singleton",
      Transient: "Transient"
    };
  }
});

// node_modules/@inversifyjs/core/lib/cjs/binding/models/BindingType.js
var require_BindingType = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/binding/models/BindingType.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.bindingTypeValues = void 0;
    exports2.bindingTypeValues = {
      ConstantValue: "ConstantValue",
      DynamicValue: "DynamicValue",
      Factory: "Factory",
      Instance: "Instance",
      Provider: "Provider",
      ResolvedValue: "ResolvedValue",
      ServiceRedirection: "ServiceRedirection"
    };
  }
});

// node_modules/@inversifyjs/core/lib/cjs/common/calculations/chain.js
var require_chain = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/common/calculations/chain.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.chain = chain;
    function* chain(...iterables) {
      for (const iterable of iterables) {
        yield* iterable;
      }
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/common/models/OneToManyMapStar.js
var require_OneToManyMapStar = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/common/models/OneToManyMapStar.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.OneToManyMapStar = void 0;
    var NOT_FOUND_INDEX = -1;
    var OneToManyMapStar = class _OneToManyMapStar {
      #modelToRelationMap;
      #relationToModelsMaps;
      #spec;
      constructor(spec) {
        this.#modelToRelationMap = /* @__PURE__ */ new Map();
        this.#relationToModelsMaps = {};
        for (const specProperty of Reflect.ownKeys(spec)) {
          this.#relationToModelsMaps[specProperty] = /* @__PURE__ */ new Map();
        }
        this.#spec = spec;
      }
      add(model, relation) {
        this.#buildOrGetModelArray(model).push(relation);
        for (const relationKey of Reflect.ownKeys(relation)) {
          this.#buildOrGetRelationModels(relationKey, relation[relationKey]).push(model);
        }
      }
      clone() {
        const modelToCloneModelMap = this.#buildModelToCloneModelMap();
        const relationToCloneRelationMap = this.#buildRelationToRelationModelMap();
        const properties = Reflect.ownKeys(this.#spec);
        const clone = this._buildNewInstance(this.#spec);
        this.#pushRelationEntriesIntoRelationMap(this.#modelToRelationMap, clone.#modelToRelationMap, modelToCloneModelMap, relationToCloneRelationMap);
        for (const property of properties) {
          this.#pushModelEntriesIntoModelMap(this.#relationToModelsMaps[property], clone.#relationToModelsMaps[property], modelToCloneModelMap);
        }
        return clone;
      }
      get(key, value) {
        return this.#relationToModelsMaps[key].get(value);
      }
      getAllKeys(key) {
        return this.#relationToModelsMaps[key].keys();
      }
      removeByRelation(key, value) {
        const models = this.get(key, value);
        if (models === void 0) {
          return;
        }
        const uniqueModelsSet = new Set(models);
        for (const model of uniqueModelsSet) {
          const relations = this.#modelToRelationMap.get(model);
          if (relations === void 0) {
            throw new Error("Expecting model relation, none found");
          }
          for (const relation of relations) {
            if (relation[key] === value) {
              this.#removeModelFromRelationMaps(model, relation);
            }
          }
          this.#modelToRelationMap.delete(model);
        }
      }
      _buildNewInstance(spec) {
        return new _OneToManyMapStar(spec);
      }
      _cloneModel(model) {
        return model;
      }
      _cloneRelation(relation) {
        return relation;
      }
      #buildModelToCloneModelMap() {
        const modelToCloneModelMap = /* @__PURE__ */ new Map();
        for (const model of this.#modelToRelationMap.keys()) {
          const clonedModel = this._cloneModel(model);
          modelToCloneModelMap.set(model, clonedModel);
        }
        return modelToCloneModelMap;
      }
      #buildRelationToRelationModelMap() {
        const relationToCloneRelationMap = /* @__PURE__ */ new Map();
        for (const relations of this.#modelToRelationMap.values()) {
          for (const relation of relations) {
            const clonedRelation = this._cloneRelation(relation);
            relationToCloneRelationMap.set(relation, clonedRelation);
          }
        }
        return relationToCloneRelationMap;
      }
      #buildOrGetModelArray(model) {
        let relations = this.#modelToRelationMap.get(model);
        if (relations === void 0) {
          relations = [];
          this.#modelToRelationMap.set(model, relations);
        }
        return relations;
      }
      #buildOrGetRelationModels(relationKey, relationValue) {
        let models = this.#relationToModelsMaps[relationKey].get(relationValue);
        if (models === void 0) {
          models = [];
          this.#relationToModelsMaps[relationKey].set(relationValue, models);
        }
        return models;
      }
      #getCloneModel(model, modelToCloneModelMap) {
        const clonedModel = modelToCloneModelMap.get(model);
        if (clonedModel === void 0) {
          throw new Error("Expecting model to be cloned, none found");
        }
        return clonedModel;
      }
      #getCloneRelation(relation, relationToCloneRelationMap) {
        const clonedRelation = relationToCloneRelationMap.get(relation);
        if (clonedRelation === void 0) {
          throw new Error("Expecting relation to be cloned, none found");
        }
        return clonedRelation;
      }
      #pushModelEntriesIntoModelMap(source, target, modelToCloneModelMap) {
        for (const [relationValue, models] of source) {
          const modelsClone = new Array();
          for (const model of models) {
            modelsClone.push(this.#getCloneModel(model, modelToCloneModelMap));
          }
          target.set(relationValue, modelsClone);
        }
      }
      #pushRelationEntriesIntoRelationMap(source, target, modelToCloneModelMap, relationToCloneRelationMap) {
        for (const [model, relations] of source) {
          const relationsClone = new Array();
          for (const relation of relations) {
            relationsClone.push(this.#getCloneRelation(relation, relationToCloneRelationMap));
          }
          target.set(this.#getCloneModel(model, modelToCloneModelMap), relationsClone);
        }
      }
      #removeModelFromRelationMaps(model, relation) {
        for (const relationKey of Reflect.ownKeys(relation)) {
          this.#removeModelFromRelationMap(model, relationKey, relation[relationKey]);
        }
      }
      #removeModelFromRelationMap(model, relationKey, relationValue) {
        const relationModels = this.#relationToModelsMaps[relationKey].get(relationValue);
        if (relationModels !== void 0) {
          const index = relationModels.indexOf(model);
          if (index !== NOT_FOUND_INDEX) {
            relationModels.splice(index, 1);
          }
          if (relationModels.length === 0) {
            this.#relationToModelsMaps[relationKey].delete(relationValue);
          }
        }
      }
    };
    exports2.OneToManyMapStar = OneToManyMapStar;
  }
});

// node_modules/@inversifyjs/core/lib/cjs/binding/services/ActivationsService.js
var require_ActivationsService = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/binding/services/ActivationsService.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ActivationsService = void 0;
    var chain_1 = require_chain();
    var OneToManyMapStar_1 = require_OneToManyMapStar();
    var ActivationRelationKind;
    (function(ActivationRelationKind2) {
      ActivationRelationKind2["moduleId"] = "moduleId";
      ActivationRelationKind2["serviceId"] = "serviceId";
    })(ActivationRelationKind || (ActivationRelationKind = {}));
    var ActivationsService = class _ActivationsService {
      #activationMaps;
      #getParent;
      constructor(getParent, activationMaps) {
        this.#activationMaps = activationMaps ?? new OneToManyMapStar_1.OneToManyMapStar({
          moduleId: {
            isOptional: true
          },
          serviceId: {
            isOptional: false
          }
        });
        this.#getParent = getParent;
      }
      static build(getParent) {
        return new _ActivationsService(getParent);
      }
      add(activation, relation) {
        this.#activationMaps.add(activation, relation);
      }
      clone() {
        const clone = new _ActivationsService(this.#getParent, this.#activationMaps.clone());
        return clone;
      }
      get(serviceIdentifier) {
        const activationIterables = [];
        const activations = this.#activationMaps.get(ActivationRelationKind.serviceId, serviceIdentifier);
        if (activations !== void 0) {
          activationIterables.push(activations);
        }
        const parentActivations = this.#getParent()?.get(serviceIdentifier);
        if (parentActivations !== void 0) {
          activationIterables.push(parentActivations);
        }
        if (activationIterables.length === 0) {
          return void 0;
        }
        return (0, chain_1.chain)(...activationIterables);
      }
      removeAllByModuleId(moduleId) {
        this.#activationMaps.removeByRelation(ActivationRelationKind.moduleId, moduleId);
      }
      removeAllByServiceId(serviceId) {
        this.#activationMaps.removeByRelation(ActivationRelationKind.serviceId, serviceId);
      }
    };
    exports2.ActivationsService = ActivationsService;
  }
});

// node_modules/@inversifyjs/core/lib/cjs/reflectMetadata/data/classMetadataReflectKey.js
var require_classMetadataReflectKey = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/reflectMetadata/data/classMetadataReflectKey.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.classMetadataReflectKey = void 0;
    exports2.classMetadataReflectKey = "@inversifyjs/core/classMetadataReflectKey";
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/getDefaultClassMetadata.js
var require_getDefaultClassMetadata = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/getDefaultClassMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getDefaultClassMetadata = getDefaultClassMetadata;
    function getDefaultClassMetadata() {
      return {
        constructorArguments: [],
        lifecycle: {
          postConstructMethodNames: /* @__PURE__ */ new Set(),
          preDestroyMethodNames: /* @__PURE__ */ new Set()
        },
        properties: /* @__PURE__ */ new Map(),
        scope: void 0
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/reflectMetadata/data/pendingClassMetadataCountReflectKey.js
var require_pendingClassMetadataCountReflectKey = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/reflectMetadata/data/pendingClassMetadataCountReflectKey.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.pendingClassMetadataCountReflectKey = void 0;
    exports2.pendingClassMetadataCountReflectKey = "@inversifyjs/core/pendingClassMetadataCountReflectKey";
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/isPendingClassMetadata.js
var require_isPendingClassMetadata = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/isPendingClassMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isPendingClassMetadata = isPendingClassMetadata;
    var reflect_metadata_utils_1 = require_cjs2();
    var pendingClassMetadataCountReflectKey_1 = require_pendingClassMetadataCountReflectKey();
    function isPendingClassMetadata(type) {
      const pendingClassMetadataCount = (0, reflect_metadata_utils_1.getOwnReflectMetadata)(type, pendingClassMetadataCountReflectKey_1.pendingClassMetadataCountReflectKey);
      return pendingClassMetadataCount !== void 0 && pendingClassMetadataCount !== 0;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/error/models/InversifyCoreError.js
var require_InversifyCoreError = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/error/models/InversifyCoreError.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.InversifyCoreError = void 0;
    var isAppErrorSymbol = Symbol.for("@inversifyjs/core/InversifyCoreError");
    var InversifyCoreError = class _InversifyCoreError extends Error {
      [isAppErrorSymbol];
      kind;
      constructor(kind, message, options) {
        super(message, options);
        this[isAppErrorSymbol] = true;
        this.kind = kind;
      }
      static is(value) {
        return typeof value === "object" && value !== null && value[isAppErrorSymbol] === true;
      }
      static isErrorOfKind(value, kind) {
        return _InversifyCoreError.is(value) && value.kind === kind;
      }
    };
    exports2.InversifyCoreError = InversifyCoreError;
  }
});

// node_modules/@inversifyjs/core/lib/cjs/error/models/InversifyCoreErrorKind.js
var require_InversifyCoreErrorKind = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/error/models/InversifyCoreErrorKind.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.InversifyCoreErrorKind = void 0;
    var InversifyCoreErrorKind;
    (function(InversifyCoreErrorKind2) {
      InversifyCoreErrorKind2[InversifyCoreErrorKind2["injectionDecoratorConflict"] = 0] = "injectionDecoratorConflict";
      InversifyCoreErrorKind2[InversifyCoreErrorKind2["missingInjectionDecorator"] = 1] = "missingInjectionDecorator";
      InversifyCoreErrorKind2[InversifyCoreErrorKind2["planning"] = 2] = "planning";
      InversifyCoreErrorKind2[InversifyCoreErrorKind2["resolution"] = 3] = "resolution";
      InversifyCoreErrorKind2[InversifyCoreErrorKind2["unknown"] = 4] = "unknown";
    })(InversifyCoreErrorKind || (exports2.InversifyCoreErrorKind = InversifyCoreErrorKind = {}));
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/models/MaybeClassElementMetadataKind.js
var require_MaybeClassElementMetadataKind = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/models/MaybeClassElementMetadataKind.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.MaybeClassElementMetadataKind = void 0;
    var MaybeClassElementMetadataKind;
    (function(MaybeClassElementMetadataKind2) {
      MaybeClassElementMetadataKind2[MaybeClassElementMetadataKind2["unknown"] = 32] = "unknown";
    })(MaybeClassElementMetadataKind || (exports2.MaybeClassElementMetadataKind = MaybeClassElementMetadataKind = {}));
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/throwAtInvalidClassMetadata.js
var require_throwAtInvalidClassMetadata = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/throwAtInvalidClassMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.throwAtInvalidClassMetadata = throwAtInvalidClassMetadata;
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    var MaybeClassElementMetadataKind_1 = require_MaybeClassElementMetadataKind();
    function throwAtInvalidClassMetadata(type, classMetadata) {
      const errors = [];
      for (let i = 0; i < classMetadata.constructorArguments.length; ++i) {
        const constructorArgument = classMetadata.constructorArguments[i];
        if (constructorArgument === void 0 || constructorArgument.kind === MaybeClassElementMetadataKind_1.MaybeClassElementMetadataKind.unknown) {
          errors.push(`  - Missing or incomplete metadata for type "${type.name}" at constructor argument with index ${i.toString()}.
Every constructor parameter must be decorated either with @inject, @multiInject or @unmanaged decorator.`);
        }
      }
      for (const [propertyKey, property] of classMetadata.properties) {
        if (property.kind === MaybeClassElementMetadataKind_1.MaybeClassElementMetadataKind.unknown) {
          errors.push(`  - Missing or incomplete metadata for type "${type.name}" at property "${propertyKey.toString()}".
This property must be decorated either with @inject or @multiInject decorator.`);
        }
      }
      if (errors.length === 0) {
        throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.unknown, `Unexpected class metadata for type "${type.name}" with uncompletion traces.
This might be caused by one of the following reasons:

1. A third party library is targeting inversify reflection metadata.
2. A bug is causing the issue. Consider submiting an issue to fix it.`);
      }
      throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.missingInjectionDecorator, `Invalid class metadata at type ${type.name}:

${errors.join("\n\n")}`);
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/validateConstructorMetadataArray.js
var require_validateConstructorMetadataArray = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/validateConstructorMetadataArray.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateConstructorMetadataArray = validateConstructorMetadataArray;
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    function validateConstructorMetadataArray(type, value) {
      const undefinedIndexes = [];
      if (value.length < type.length) {
        throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.missingInjectionDecorator, `Found unexpected missing metadata on type "${type.name}". "${type.name}" constructor requires at least ${type.length.toString()} arguments, found ${value.length.toString()} instead.
Are you using @inject, @multiInject or @unmanaged decorators in every non optional constructor argument?

If you're using typescript and want to rely on auto injection, set "emitDecoratorMetadata" compiler option to true`);
      }
      for (let i = 0; i < value.length; ++i) {
        const element = value[i];
        if (element === void 0) {
          undefinedIndexes.push(i);
        }
      }
      if (undefinedIndexes.length > 0) {
        throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.missingInjectionDecorator, `Found unexpected missing metadata on type "${type.name}" at constructor indexes "${undefinedIndexes.join('", "')}".

Are you using @inject, @multiInject or @unmanaged decorators at those indexes?

If you're using typescript and want to rely on auto injection, set "emitDecoratorMetadata" compiler option to true`);
      }
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/getClassMetadata.js
var require_getClassMetadata = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/getClassMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getClassMetadata = getClassMetadata;
    var reflect_metadata_utils_1 = require_cjs2();
    var classMetadataReflectKey_1 = require_classMetadataReflectKey();
    var getDefaultClassMetadata_1 = require_getDefaultClassMetadata();
    var isPendingClassMetadata_1 = require_isPendingClassMetadata();
    var throwAtInvalidClassMetadata_1 = require_throwAtInvalidClassMetadata();
    var validateConstructorMetadataArray_1 = require_validateConstructorMetadataArray();
    function getClassMetadata(type) {
      const classMetadata = (0, reflect_metadata_utils_1.getOwnReflectMetadata)(type, classMetadataReflectKey_1.classMetadataReflectKey) ?? (0, getDefaultClassMetadata_1.getDefaultClassMetadata)();
      if ((0, isPendingClassMetadata_1.isPendingClassMetadata)(type)) {
        (0, throwAtInvalidClassMetadata_1.throwAtInvalidClassMetadata)(type, classMetadata);
      } else {
        (0, validateConstructorMetadataArray_1.validateConstructorMetadataArray)(type, classMetadata.constructorArguments);
        return classMetadata;
      }
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/binding/calculations/buildInstanceBinding.js
var require_buildInstanceBinding = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/binding/calculations/buildInstanceBinding.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.buildInstanceBinding = buildInstanceBinding;
    var getClassMetadata_1 = require_getClassMetadata();
    var getBindingId_1 = require_getBindingId();
    var BindingType_1 = require_BindingType();
    function buildInstanceBinding(autobindOptions, serviceIdentifier) {
      const classMetadata = (0, getClassMetadata_1.getClassMetadata)(serviceIdentifier);
      const scope = classMetadata.scope ?? autobindOptions.scope;
      return {
        cache: {
          isRight: false,
          value: void 0
        },
        id: (0, getBindingId_1.getBindingId)(),
        implementationType: serviceIdentifier,
        isSatisfiedBy: () => true,
        moduleId: void 0,
        onActivation: void 0,
        onDeactivation: void 0,
        scope,
        serviceIdentifier,
        type: BindingType_1.bindingTypeValues.Instance
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/binding/calculations/cloneBindingCache.js
var require_cloneBindingCache = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/binding/calculations/cloneBindingCache.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.cloneBindingCache = cloneBindingCache;
    function cloneBindingCache(cache) {
      if (cache.isRight) {
        return {
          isRight: true,
          value: cache.value
        };
      }
      return cache;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/binding/calculations/cloneConstantValueBinding.js
var require_cloneConstantValueBinding = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/binding/calculations/cloneConstantValueBinding.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.cloneConstantValueBinding = cloneConstantValueBinding;
    var cloneBindingCache_1 = require_cloneBindingCache();
    function cloneConstantValueBinding(binding) {
      return {
        cache: (0, cloneBindingCache_1.cloneBindingCache)(binding.cache),
        id: binding.id,
        isSatisfiedBy: binding.isSatisfiedBy,
        moduleId: binding.moduleId,
        onActivation: binding.onActivation,
        onDeactivation: binding.onDeactivation,
        scope: binding.scope,
        serviceIdentifier: binding.serviceIdentifier,
        type: binding.type,
        // The value is not cloned as it's a resolved value
        value: binding.value
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/binding/calculations/cloneDynamicValueBinding.js
var require_cloneDynamicValueBinding = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/binding/calculations/cloneDynamicValueBinding.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.cloneDynamicValueBinding = cloneDynamicValueBinding;
    var cloneBindingCache_1 = require_cloneBindingCache();
    function cloneDynamicValueBinding(binding) {
      return {
        cache: (0, cloneBindingCache_1.cloneBindingCache)(binding.cache),
        id: binding.id,
        isSatisfiedBy: binding.isSatisfiedBy,
        moduleId: binding.moduleId,
        onActivation: binding.onActivation,
        onDeactivation: binding.onDeactivation,
        scope: binding.scope,
        serviceIdentifier: binding.serviceIdentifier,
        type: binding.type,
        // The value is not cloned
        value: binding.value
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/binding/calculations/cloneFactoryBinding.js
var require_cloneFactoryBinding = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/binding/calculations/cloneFactoryBinding.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.cloneFactoryBinding = cloneFactoryBinding;
    var cloneBindingCache_1 = require_cloneBindingCache();
    function cloneFactoryBinding(binding) {
      return {
        cache: (0, cloneBindingCache_1.cloneBindingCache)(binding.cache),
        factory: binding.factory,
        id: binding.id,
        isSatisfiedBy: binding.isSatisfiedBy,
        moduleId: binding.moduleId,
        onActivation: binding.onActivation,
        onDeactivation: binding.onDeactivation,
        scope: binding.scope,
        serviceIdentifier: binding.serviceIdentifier,
        type: binding.type
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/binding/calculations/cloneInstanceBinding.js
var require_cloneInstanceBinding = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/binding/calculations/cloneInstanceBinding.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.cloneInstanceBinding = cloneInstanceBinding;
    var cloneBindingCache_1 = require_cloneBindingCache();
    function cloneInstanceBinding(binding) {
      return {
        cache: (0, cloneBindingCache_1.cloneBindingCache)(binding.cache),
        id: binding.id,
        implementationType: binding.implementationType,
        isSatisfiedBy: binding.isSatisfiedBy,
        moduleId: binding.moduleId,
        onActivation: binding.onActivation,
        onDeactivation: binding.onDeactivation,
        scope: binding.scope,
        serviceIdentifier: binding.serviceIdentifier,
        type: binding.type
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/binding/calculations/cloneProviderBinding.js
var require_cloneProviderBinding = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/binding/calculations/cloneProviderBinding.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.cloneProviderBinding = cloneProviderBinding;
    var cloneBindingCache_1 = require_cloneBindingCache();
    function cloneProviderBinding(binding) {
      return {
        cache: (0, cloneBindingCache_1.cloneBindingCache)(binding.cache),
        id: binding.id,
        isSatisfiedBy: binding.isSatisfiedBy,
        moduleId: binding.moduleId,
        onActivation: binding.onActivation,
        onDeactivation: binding.onDeactivation,
        provider: binding.provider,
        scope: binding.scope,
        serviceIdentifier: binding.serviceIdentifier,
        type: binding.type
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/binding/calculations/cloneResolvedValueBinding.js
var require_cloneResolvedValueBinding = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/binding/calculations/cloneResolvedValueBinding.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.cloneResolvedValueBinding = cloneResolvedValueBinding;
    var cloneBindingCache_1 = require_cloneBindingCache();
    function cloneResolvedValueBinding(binding) {
      return {
        cache: (0, cloneBindingCache_1.cloneBindingCache)(binding.cache),
        factory: binding.factory,
        id: binding.id,
        isSatisfiedBy: binding.isSatisfiedBy,
        metadata: binding.metadata,
        moduleId: binding.moduleId,
        onActivation: binding.onActivation,
        onDeactivation: binding.onDeactivation,
        scope: binding.scope,
        serviceIdentifier: binding.serviceIdentifier,
        type: binding.type
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/binding/calculations/cloneServiceRedirectionBinding.js
var require_cloneServiceRedirectionBinding = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/binding/calculations/cloneServiceRedirectionBinding.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.cloneServiceRedirectionBinding = cloneServiceRedirectionBinding;
    function cloneServiceRedirectionBinding(binding) {
      return {
        id: binding.id,
        isSatisfiedBy: binding.isSatisfiedBy,
        moduleId: binding.moduleId,
        serviceIdentifier: binding.serviceIdentifier,
        targetServiceIdentifier: binding.targetServiceIdentifier,
        type: binding.type
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/binding/calculations/cloneBinding.js
var require_cloneBinding = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/binding/calculations/cloneBinding.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.cloneBinding = cloneBinding;
    var BindingType_1 = require_BindingType();
    var cloneConstantValueBinding_1 = require_cloneConstantValueBinding();
    var cloneDynamicValueBinding_1 = require_cloneDynamicValueBinding();
    var cloneFactoryBinding_1 = require_cloneFactoryBinding();
    var cloneInstanceBinding_1 = require_cloneInstanceBinding();
    var cloneProviderBinding_1 = require_cloneProviderBinding();
    var cloneResolvedValueBinding_1 = require_cloneResolvedValueBinding();
    var cloneServiceRedirectionBinding_1 = require_cloneServiceRedirectionBinding();
    function cloneBinding(binding) {
      switch (binding.type) {
        case BindingType_1.bindingTypeValues.ConstantValue:
          return (0, cloneConstantValueBinding_1.cloneConstantValueBinding)(binding);
        case BindingType_1.bindingTypeValues.DynamicValue:
          return (0, cloneDynamicValueBinding_1.cloneDynamicValueBinding)(binding);
        case BindingType_1.bindingTypeValues.Factory:
          return (0, cloneFactoryBinding_1.cloneFactoryBinding)(binding);
        case BindingType_1.bindingTypeValues.Instance:
          return (0, cloneInstanceBinding_1.cloneInstanceBinding)(binding);
        case BindingType_1.bindingTypeValues.Provider:
          return (0, cloneProviderBinding_1.cloneProviderBinding)(binding);
        case BindingType_1.bindingTypeValues.ResolvedValue:
          return (0, cloneResolvedValueBinding_1.cloneResolvedValueBinding)(binding);
        case BindingType_1.bindingTypeValues.ServiceRedirection:
          return (0, cloneServiceRedirectionBinding_1.cloneServiceRedirectionBinding)(binding);
      }
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/binding/services/BindingService.js
var require_BindingService = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/binding/services/BindingService.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.BindingService = exports2.OneToManyBindingMapStar = void 0;
    var OneToManyMapStar_1 = require_OneToManyMapStar();
    var buildInstanceBinding_1 = require_buildInstanceBinding();
    var cloneBinding_1 = require_cloneBinding();
    var BindingRelationKind;
    (function(BindingRelationKind2) {
      BindingRelationKind2["id"] = "id";
      BindingRelationKind2["moduleId"] = "moduleId";
      BindingRelationKind2["serviceId"] = "serviceId";
    })(BindingRelationKind || (BindingRelationKind = {}));
    var OneToManyBindingMapStar = class _OneToManyBindingMapStar extends OneToManyMapStar_1.OneToManyMapStar {
      _buildNewInstance(spec) {
        return new _OneToManyBindingMapStar(spec);
      }
      _cloneModel(model) {
        return (0, cloneBinding_1.cloneBinding)(model);
      }
    };
    exports2.OneToManyBindingMapStar = OneToManyBindingMapStar;
    var BindingService = class _BindingService {
      #autobindOptions;
      #bindingMaps;
      #getParent;
      constructor(getParent, autobindOptions, bindingMaps) {
        this.#bindingMaps = bindingMaps ?? new OneToManyBindingMapStar({
          id: {
            isOptional: false
          },
          moduleId: {
            isOptional: true
          },
          serviceId: {
            isOptional: false
          }
        });
        this.#getParent = getParent;
        this.#autobindOptions = autobindOptions;
      }
      static build(getParent, autobindOptions) {
        return new _BindingService(getParent, autobindOptions);
      }
      clone() {
        const clone = new _BindingService(this.#getParent, this.#autobindOptions, this.#bindingMaps.clone());
        return clone;
      }
      get(serviceIdentifier) {
        const bindings = this.getNonParentBindings(serviceIdentifier) ?? this.#getParent()?.get(serviceIdentifier);
        if (bindings !== void 0) {
          return bindings;
        }
        const autoBoundBinding = this.#tryAutobind(serviceIdentifier);
        return autoBoundBinding === void 0 ? autoBoundBinding : [autoBoundBinding];
      }
      *getChained(serviceIdentifier) {
        const currentBindings = this.getNonParentBindings(serviceIdentifier);
        if (currentBindings !== void 0) {
          yield* currentBindings;
        }
        const parent = this.#getParent();
        if (parent === void 0) {
          if (currentBindings === void 0) {
            const autobindBindings = this.#tryAutobind(serviceIdentifier);
            if (autobindBindings !== void 0) {
              yield autobindBindings;
            }
          }
        } else {
          yield* parent.getChained(serviceIdentifier);
        }
      }
      getBoundServices() {
        const serviceIdentifierSet = new Set(this.#bindingMaps.getAllKeys(BindingRelationKind.serviceId));
        const parent = this.#getParent();
        if (parent !== void 0) {
          for (const serviceIdentifier of parent.getBoundServices()) {
            serviceIdentifierSet.add(serviceIdentifier);
          }
        }
        return serviceIdentifierSet;
      }
      getById(id) {
        return this.#bindingMaps.get(BindingRelationKind.id, id) ?? this.#getParent()?.getById(id);
      }
      getByModuleId(moduleId) {
        return this.#bindingMaps.get(BindingRelationKind.moduleId, moduleId) ?? this.#getParent()?.getByModuleId(moduleId);
      }
      getNonParentBindings(serviceId) {
        return this.#bindingMaps.get(BindingRelationKind.serviceId, serviceId);
      }
      getNonParentBoundServices() {
        return this.#bindingMaps.getAllKeys(BindingRelationKind.serviceId);
      }
      removeById(id) {
        this.#bindingMaps.removeByRelation(BindingRelationKind.id, id);
      }
      removeAllByModuleId(moduleId) {
        this.#bindingMaps.removeByRelation(BindingRelationKind.moduleId, moduleId);
      }
      removeAllByServiceId(serviceId) {
        this.#bindingMaps.removeByRelation(BindingRelationKind.serviceId, serviceId);
      }
      set(binding) {
        const relation = {
          [BindingRelationKind.id]: binding.id,
          [BindingRelationKind.serviceId]: binding.serviceIdentifier
        };
        if (binding.moduleId !== void 0) {
          relation[BindingRelationKind.moduleId] = binding.moduleId;
        }
        this.#bindingMaps.add(binding, relation);
      }
      #tryAutobind(serviceIdentifier) {
        if (this.#autobindOptions === void 0 || typeof serviceIdentifier !== "function") {
          return void 0;
        }
        const binding = (0, buildInstanceBinding_1.buildInstanceBinding)(this.#autobindOptions, serviceIdentifier);
        this.set(binding);
        return binding;
      }
    };
    exports2.BindingService = BindingService;
  }
});

// node_modules/@inversifyjs/core/lib/cjs/binding/services/DeactivationsService.js
var require_DeactivationsService = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/binding/services/DeactivationsService.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DeactivationsService = void 0;
    var chain_1 = require_chain();
    var OneToManyMapStar_1 = require_OneToManyMapStar();
    var DeactivationRelationKind;
    (function(DeactivationRelationKind2) {
      DeactivationRelationKind2["moduleId"] = "moduleId";
      DeactivationRelationKind2["serviceId"] = "serviceId";
    })(DeactivationRelationKind || (DeactivationRelationKind = {}));
    var DeactivationsService = class _DeactivationsService {
      #deactivationMaps;
      #getParent;
      constructor(getParent, deactivationMaps) {
        this.#deactivationMaps = deactivationMaps ?? new OneToManyMapStar_1.OneToManyMapStar({
          moduleId: {
            isOptional: true
          },
          serviceId: {
            isOptional: false
          }
        });
        this.#getParent = getParent;
      }
      static build(getParent) {
        return new _DeactivationsService(getParent);
      }
      add(deactivation, relation) {
        this.#deactivationMaps.add(deactivation, relation);
      }
      clone() {
        const clone = new _DeactivationsService(this.#getParent, this.#deactivationMaps.clone());
        return clone;
      }
      get(serviceIdentifier) {
        const deactivationIterables = [];
        const deactivations = this.#deactivationMaps.get(DeactivationRelationKind.serviceId, serviceIdentifier);
        if (deactivations !== void 0) {
          deactivationIterables.push(deactivations);
        }
        const parentDeactivations = this.#getParent()?.get(serviceIdentifier);
        if (parentDeactivations !== void 0) {
          deactivationIterables.push(parentDeactivations);
        }
        if (deactivationIterables.length === 0) {
          return void 0;
        }
        return (0, chain_1.chain)(...deactivationIterables);
      }
      removeAllByModuleId(moduleId) {
        this.#deactivationMaps.removeByRelation(DeactivationRelationKind.moduleId, moduleId);
      }
      removeAllByServiceId(serviceId) {
        this.#deactivationMaps.removeByRelation(DeactivationRelationKind.serviceId, serviceId);
      }
    };
    exports2.DeactivationsService = DeactivationsService;
  }
});

// node_modules/@inversifyjs/core/lib/cjs/decorator/actions/decorate.js
var require_decorate = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/decorator/actions/decorate.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.decorate = decorate;
    function decorate(decorators, target, parameterIndexOrProperty, parameterIndex) {
      const parsedDecorators = Array.isArray(decorators) ? decorators : [decorators];
      if (parameterIndexOrProperty === void 0) {
        Reflect.decorate(parsedDecorators, target);
        return;
      }
      if (typeof parameterIndexOrProperty === "number") {
        for (const decorator of parsedDecorators) {
          decorator(target, void 0, parameterIndexOrProperty);
        }
        return;
      }
      if (parameterIndex === void 0) {
        Reflect.decorate(parsedDecorators, target.prototype, parameterIndexOrProperty);
        return;
      }
      for (const decorator of parsedDecorators) {
        decorator(target, parameterIndexOrProperty, parameterIndex);
      }
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/getDefaultPendingClassMetadataCount.js
var require_getDefaultPendingClassMetadataCount = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/getDefaultPendingClassMetadataCount.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getDefaultPendingClassMetadataCount = getDefaultPendingClassMetadataCount;
    function getDefaultPendingClassMetadataCount() {
      return 0;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/actions/decrementPendingClassMetadataCount.js
var require_decrementPendingClassMetadataCount = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/actions/decrementPendingClassMetadataCount.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.decrementPendingClassMetadataCount = decrementPendingClassMetadataCount;
    var reflect_metadata_utils_1 = require_cjs2();
    var pendingClassMetadataCountReflectKey_1 = require_pendingClassMetadataCountReflectKey();
    var getDefaultPendingClassMetadataCount_1 = require_getDefaultPendingClassMetadataCount();
    var MaybeClassElementMetadataKind_1 = require_MaybeClassElementMetadataKind();
    function decrementPendingClassMetadataCount(type) {
      return (metadata) => {
        if (metadata !== void 0 && metadata.kind === MaybeClassElementMetadataKind_1.MaybeClassElementMetadataKind.unknown) {
          (0, reflect_metadata_utils_1.updateOwnReflectMetadata)(type, pendingClassMetadataCountReflectKey_1.pendingClassMetadataCountReflectKey, getDefaultPendingClassMetadataCount_1.getDefaultPendingClassMetadataCount, (count) => count - 1);
        }
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/models/ClassElementMetadataKind.js
var require_ClassElementMetadataKind = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/models/ClassElementMetadataKind.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ClassElementMetadataKind = void 0;
    var ClassElementMetadataKind;
    (function(ClassElementMetadataKind2) {
      ClassElementMetadataKind2[ClassElementMetadataKind2["multipleInjection"] = 0] = "multipleInjection";
      ClassElementMetadataKind2[ClassElementMetadataKind2["singleInjection"] = 1] = "singleInjection";
      ClassElementMetadataKind2[ClassElementMetadataKind2["unmanaged"] = 2] = "unmanaged";
    })(ClassElementMetadataKind || (exports2.ClassElementMetadataKind = ClassElementMetadataKind = {}));
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/buildClassElementMetadataFromMaybeClassElementMetadata.js
var require_buildClassElementMetadataFromMaybeClassElementMetadata = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/buildClassElementMetadataFromMaybeClassElementMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.buildClassElementMetadataFromMaybeClassElementMetadata = buildClassElementMetadataFromMaybeClassElementMetadata;
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    var ClassElementMetadataKind_1 = require_ClassElementMetadataKind();
    function buildClassElementMetadataFromMaybeClassElementMetadata(buildDefaultMetadata, buildMetadataFromMaybeManagedMetadata) {
      return (...params) => (metadata) => {
        if (metadata === void 0) {
          return buildDefaultMetadata(...params);
        }
        if (metadata.kind === ClassElementMetadataKind_1.ClassElementMetadataKind.unmanaged) {
          throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.injectionDecoratorConflict, "Unexpected injection found. Multiple @inject, @multiInject or @unmanaged decorators found");
        }
        return buildMetadataFromMaybeManagedMetadata(metadata, ...params);
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/buildDefaultManagedMetadata.js
var require_buildDefaultManagedMetadata = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/buildDefaultManagedMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.buildDefaultManagedMetadata = buildDefaultManagedMetadata;
    var ClassElementMetadataKind_1 = require_ClassElementMetadataKind();
    function buildDefaultManagedMetadata(kind, serviceIdentifier, options) {
      if (kind === ClassElementMetadataKind_1.ClassElementMetadataKind.multipleInjection) {
        return {
          chained: options?.chained ?? false,
          kind,
          name: void 0,
          optional: false,
          tags: /* @__PURE__ */ new Map(),
          value: serviceIdentifier
        };
      } else {
        return {
          kind,
          name: void 0,
          optional: false,
          tags: /* @__PURE__ */ new Map(),
          value: serviceIdentifier
        };
      }
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/assertMetadataFromTypescriptIfManaged.js
var require_assertMetadataFromTypescriptIfManaged = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/assertMetadataFromTypescriptIfManaged.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.assertMetadataFromTypescriptIfManaged = assertMetadataFromTypescriptIfManaged;
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    var MaybeClassElementMetadataKind_1 = require_MaybeClassElementMetadataKind();
    function assertMetadataFromTypescriptIfManaged(metadata) {
      if (metadata.kind !== MaybeClassElementMetadataKind_1.MaybeClassElementMetadataKind.unknown && metadata.isFromTypescriptParamType !== true) {
        throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.injectionDecoratorConflict, "Unexpected injection found. Multiple @inject, @multiInject or @unmanaged decorators found");
      }
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/buildManagedMetadataFromMaybeManagedMetadata.js
var require_buildManagedMetadataFromMaybeManagedMetadata = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/buildManagedMetadataFromMaybeManagedMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.buildManagedMetadataFromMaybeManagedMetadata = buildManagedMetadataFromMaybeManagedMetadata;
    var ClassElementMetadataKind_1 = require_ClassElementMetadataKind();
    var assertMetadataFromTypescriptIfManaged_1 = require_assertMetadataFromTypescriptIfManaged();
    function buildManagedMetadataFromMaybeManagedMetadata(metadata, kind, serviceIdentifier, options) {
      (0, assertMetadataFromTypescriptIfManaged_1.assertMetadataFromTypescriptIfManaged)(metadata);
      if (kind === ClassElementMetadataKind_1.ClassElementMetadataKind.multipleInjection) {
        return {
          ...metadata,
          chained: options?.chained ?? false,
          kind,
          value: serviceIdentifier
        };
      } else {
        return {
          ...metadata,
          kind,
          value: serviceIdentifier
        };
      }
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/buildManagedMetadataFromMaybeClassElementMetadata.js
var require_buildManagedMetadataFromMaybeClassElementMetadata = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/buildManagedMetadataFromMaybeClassElementMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.buildManagedMetadataFromMaybeClassElementMetadata = void 0;
    var buildClassElementMetadataFromMaybeClassElementMetadata_1 = require_buildClassElementMetadataFromMaybeClassElementMetadata();
    var buildDefaultManagedMetadata_1 = require_buildDefaultManagedMetadata();
    var buildManagedMetadataFromMaybeManagedMetadata_1 = require_buildManagedMetadataFromMaybeManagedMetadata();
    exports2.buildManagedMetadataFromMaybeClassElementMetadata = (0, buildClassElementMetadataFromMaybeClassElementMetadata_1.buildClassElementMetadataFromMaybeClassElementMetadata)(buildDefaultManagedMetadata_1.buildDefaultManagedMetadata, buildManagedMetadataFromMaybeManagedMetadata_1.buildManagedMetadataFromMaybeManagedMetadata);
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/actions/updateMaybeClassMetadataConstructorArgument.js
var require_updateMaybeClassMetadataConstructorArgument = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/actions/updateMaybeClassMetadataConstructorArgument.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.updateMaybeClassMetadataConstructorArgument = updateMaybeClassMetadataConstructorArgument;
    function updateMaybeClassMetadataConstructorArgument(updateMetadata, index) {
      return (classMetadata) => {
        const propertyMetadata = classMetadata.constructorArguments[index];
        classMetadata.constructorArguments[index] = updateMetadata(propertyMetadata);
        return classMetadata;
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/actions/updateMaybeClassMetadataProperty.js
var require_updateMaybeClassMetadataProperty = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/actions/updateMaybeClassMetadataProperty.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.updateMaybeClassMetadataProperty = updateMaybeClassMetadataProperty;
    function updateMaybeClassMetadataProperty(updateMetadata, propertyKey) {
      return (classMetadata) => {
        const propertyMetadata = classMetadata.properties.get(propertyKey);
        classMetadata.properties.set(propertyKey, updateMetadata(propertyMetadata));
        return classMetadata;
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/decorator/models/DecoratorInfoKind.js
var require_DecoratorInfoKind = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/decorator/models/DecoratorInfoKind.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DecoratorInfoKind = void 0;
    var DecoratorInfoKind;
    (function(DecoratorInfoKind2) {
      DecoratorInfoKind2[DecoratorInfoKind2["method"] = 0] = "method";
      DecoratorInfoKind2[DecoratorInfoKind2["parameter"] = 1] = "parameter";
      DecoratorInfoKind2[DecoratorInfoKind2["property"] = 2] = "property";
    })(DecoratorInfoKind || (exports2.DecoratorInfoKind = DecoratorInfoKind = {}));
  }
});

// node_modules/@inversifyjs/core/lib/cjs/decorator/calculations/getDecoratorInfo.js
var require_getDecoratorInfo = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/decorator/calculations/getDecoratorInfo.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getDecoratorInfo = getDecoratorInfo;
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    var DecoratorInfoKind_1 = require_DecoratorInfoKind();
    function getDecoratorInfo(target, propertyKey, parameterIndexOrDescriptor) {
      if (parameterIndexOrDescriptor === void 0) {
        if (propertyKey === void 0) {
          throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.unknown, "Unexpected undefined property and index values");
        }
        return {
          kind: DecoratorInfoKind_1.DecoratorInfoKind.property,
          property: propertyKey,
          targetClass: target.constructor
        };
      }
      if (typeof parameterIndexOrDescriptor === "number") {
        return {
          index: parameterIndexOrDescriptor,
          kind: DecoratorInfoKind_1.DecoratorInfoKind.parameter,
          // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
          targetClass: target
        };
      }
      return {
        kind: DecoratorInfoKind_1.DecoratorInfoKind.method,
        method: propertyKey,
        // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
        targetClass: target
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/decorator/calculations/stringifyDecoratorInfo.js
var require_stringifyDecoratorInfo = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/decorator/calculations/stringifyDecoratorInfo.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.stringifyDecoratorInfo = stringifyDecoratorInfo;
    var DecoratorInfoKind_1 = require_DecoratorInfoKind();
    function stringifyDecoratorInfo(decoratorTargetInfo) {
      switch (decoratorTargetInfo.kind) {
        case DecoratorInfoKind_1.DecoratorInfoKind.method:
          return `[class: "${decoratorTargetInfo.targetClass.name}", method: "${decoratorTargetInfo.method.toString()}"]`;
        case DecoratorInfoKind_1.DecoratorInfoKind.parameter:
          return `[class: "${decoratorTargetInfo.targetClass.name}", index: "${decoratorTargetInfo.index.toString()}"]`;
        case DecoratorInfoKind_1.DecoratorInfoKind.property:
          return `[class: "${decoratorTargetInfo.targetClass.name}", property: "${decoratorTargetInfo.property.toString()}"]`;
      }
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/handleInjectionError.js
var require_handleInjectionError = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/handleInjectionError.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.handleInjectionError = handleInjectionError;
    var getDecoratorInfo_1 = require_getDecoratorInfo();
    var stringifyDecoratorInfo_1 = require_stringifyDecoratorInfo();
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    function handleInjectionError(target, propertyKey, parameterIndex, error) {
      if (InversifyCoreError_1.InversifyCoreError.isErrorOfKind(error, InversifyCoreErrorKind_1.InversifyCoreErrorKind.injectionDecoratorConflict)) {
        const info = (0, getDecoratorInfo_1.getDecoratorInfo)(target, propertyKey, parameterIndex);
        throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.injectionDecoratorConflict, `Unexpected injection error.

Cause:

${error.message}

Details

${(0, stringifyDecoratorInfo_1.stringifyDecoratorInfo)(info)}`, { cause: error });
      }
      throw error;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/injectBase.js
var require_injectBase = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/injectBase.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.injectBase = injectBase;
    var reflect_metadata_utils_1 = require_cjs2();
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    var classMetadataReflectKey_1 = require_classMetadataReflectKey();
    var updateMaybeClassMetadataConstructorArgument_1 = require_updateMaybeClassMetadataConstructorArgument();
    var updateMaybeClassMetadataProperty_1 = require_updateMaybeClassMetadataProperty();
    var getDefaultClassMetadata_1 = require_getDefaultClassMetadata();
    var handleInjectionError_1 = require_handleInjectionError();
    function injectBase(updateMetadata, updatePendingClassMetadataCount) {
      const decorator = (target, propertyKey, parameterIndexOrDescriptor) => {
        try {
          if (parameterIndexOrDescriptor === void 0) {
            injectProperty(updateMetadata, updatePendingClassMetadataCount)(target, propertyKey);
          } else {
            if (typeof parameterIndexOrDescriptor === "number") {
              injectParameter(updateMetadata, updatePendingClassMetadataCount)(target, propertyKey, parameterIndexOrDescriptor);
            } else {
              injectMethod(updateMetadata, updatePendingClassMetadataCount)(target, propertyKey, parameterIndexOrDescriptor);
            }
          }
        } catch (error) {
          (0, handleInjectionError_1.handleInjectionError)(target, propertyKey, parameterIndexOrDescriptor, error);
        }
      };
      return decorator;
    }
    function buildComposedUpdateMetadata(updateMetadata, updatePendingClassMetadataCount) {
      return (target) => {
        const updateTargetPendingClassMetadataCount = updatePendingClassMetadataCount(target);
        return (metadata) => {
          updateTargetPendingClassMetadataCount(metadata);
          return updateMetadata(metadata);
        };
      };
    }
    function injectMethod(updateMetadata, updatePendingClassMetadataCount) {
      const buildComposedUpdateMetadataFromTarget = buildComposedUpdateMetadata(updateMetadata, updatePendingClassMetadataCount);
      return (target, propertyKey, descriptor) => {
        if (isPropertySetter(descriptor)) {
          (0, reflect_metadata_utils_1.updateOwnReflectMetadata)(target.constructor, classMetadataReflectKey_1.classMetadataReflectKey, getDefaultClassMetadata_1.getDefaultClassMetadata, (0, updateMaybeClassMetadataProperty_1.updateMaybeClassMetadataProperty)(buildComposedUpdateMetadataFromTarget(target), propertyKey));
        } else {
          throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.injectionDecoratorConflict, `Found an @inject decorator in a non setter property method.
Found @inject decorator at method "${propertyKey.toString()}" at class "${target.constructor.name}"`);
        }
      };
    }
    function injectParameter(updateMetadata, updatePendingClassMetadataCount) {
      const buildComposedUpdateMetadataFromTarget = buildComposedUpdateMetadata(updateMetadata, updatePendingClassMetadataCount);
      return (target, propertyKey, parameterIndex) => {
        if (isConstructorParameter(target, propertyKey)) {
          (0, reflect_metadata_utils_1.updateOwnReflectMetadata)(target, classMetadataReflectKey_1.classMetadataReflectKey, getDefaultClassMetadata_1.getDefaultClassMetadata, (0, updateMaybeClassMetadataConstructorArgument_1.updateMaybeClassMetadataConstructorArgument)(buildComposedUpdateMetadataFromTarget(target), parameterIndex));
        } else {
          throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.injectionDecoratorConflict, `Found an @inject decorator in a non constructor parameter.
Found @inject decorator at method "${propertyKey?.toString() ?? ""}" at class "${target.constructor.name}"`);
        }
      };
    }
    function injectProperty(updateMetadata, updatePendingClassMetadataCount) {
      const buildComposedUpdateMetadataFromTarget = buildComposedUpdateMetadata(updateMetadata, updatePendingClassMetadataCount);
      return (target, propertyKey) => {
        (0, reflect_metadata_utils_1.updateOwnReflectMetadata)(target.constructor, classMetadataReflectKey_1.classMetadataReflectKey, getDefaultClassMetadata_1.getDefaultClassMetadata, (0, updateMaybeClassMetadataProperty_1.updateMaybeClassMetadataProperty)(buildComposedUpdateMetadataFromTarget(target), propertyKey));
      };
    }
    function isConstructorParameter(target, propertyKey) {
      return typeof target === "function" && propertyKey === void 0;
    }
    function isPropertySetter(descriptor) {
      return descriptor.set !== void 0;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/inject.js
var require_inject = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/inject.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.inject = inject;
    var decrementPendingClassMetadataCount_1 = require_decrementPendingClassMetadataCount();
    var buildManagedMetadataFromMaybeClassElementMetadata_1 = require_buildManagedMetadataFromMaybeClassElementMetadata();
    var ClassElementMetadataKind_1 = require_ClassElementMetadataKind();
    var injectBase_1 = require_injectBase();
    function inject(serviceIdentifier) {
      const updateMetadata = (0, buildManagedMetadataFromMaybeClassElementMetadata_1.buildManagedMetadataFromMaybeClassElementMetadata)(ClassElementMetadataKind_1.ClassElementMetadataKind.singleInjection, serviceIdentifier);
      return (0, injectBase_1.injectBase)(updateMetadata, decrementPendingClassMetadataCount_1.decrementPendingClassMetadataCount);
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/reflectMetadata/data/classIsInjectableFlagReflectKey.js
var require_classIsInjectableFlagReflectKey = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/reflectMetadata/data/classIsInjectableFlagReflectKey.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.classIsInjectableFlagReflectKey = void 0;
    exports2.classIsInjectableFlagReflectKey = "@inversifyjs/core/classIsInjectableFlagReflectKey";
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/actions/setIsInjectableFlag.js
var require_setIsInjectableFlag = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/actions/setIsInjectableFlag.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.setIsInjectableFlag = setIsInjectableFlag;
    var reflect_metadata_utils_1 = require_cjs2();
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    var classIsInjectableFlagReflectKey_1 = require_classIsInjectableFlagReflectKey();
    function setIsInjectableFlag(target) {
      const isInjectableFlag = (0, reflect_metadata_utils_1.getOwnReflectMetadata)(target, classIsInjectableFlagReflectKey_1.classIsInjectableFlagReflectKey);
      if (isInjectableFlag !== void 0) {
        throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.injectionDecoratorConflict, `Cannot apply @injectable decorator multiple times at class "${target.name}"`);
      }
      (0, reflect_metadata_utils_1.setReflectMetadata)(target, classIsInjectableFlagReflectKey_1.classIsInjectableFlagReflectKey, true);
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/reflectMetadata/data/typescriptDesignParameterTypesReflectKey.js
var require_typescriptDesignParameterTypesReflectKey = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/reflectMetadata/data/typescriptDesignParameterTypesReflectKey.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.typescriptParameterTypesReflectKey = void 0;
    exports2.typescriptParameterTypesReflectKey = "design:paramtypes";
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/buildClassElementMetadataFromTypescriptParameterType.js
var require_buildClassElementMetadataFromTypescriptParameterType = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/buildClassElementMetadataFromTypescriptParameterType.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.buildClassElementMetadataFromTypescriptParameterType = buildClassElementMetadataFromTypescriptParameterType;
    var ClassElementMetadataKind_1 = require_ClassElementMetadataKind();
    function buildClassElementMetadataFromTypescriptParameterType(type) {
      return {
        isFromTypescriptParamType: true,
        kind: ClassElementMetadataKind_1.ClassElementMetadataKind.singleInjection,
        name: void 0,
        optional: false,
        tags: /* @__PURE__ */ new Map(),
        value: type
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/isUserlandEmittedType.js
var require_isUserlandEmittedType = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/isUserlandEmittedType.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isUserlandEmittedType = isUserlandEmittedType;
    var NON_USERLAND_TYPES = [
      Array,
      BigInt,
      Boolean,
      Function,
      Number,
      Object,
      String
    ];
    function isUserlandEmittedType(type) {
      return !NON_USERLAND_TYPES.includes(type);
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/actions/updateClassMetadataWithTypescriptParameterTypes.js
var require_updateClassMetadataWithTypescriptParameterTypes = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/actions/updateClassMetadataWithTypescriptParameterTypes.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.updateClassMetadataWithTypescriptParameterTypes = updateClassMetadataWithTypescriptParameterTypes;
    var reflect_metadata_utils_1 = require_cjs2();
    var classMetadataReflectKey_1 = require_classMetadataReflectKey();
    var typescriptDesignParameterTypesReflectKey_1 = require_typescriptDesignParameterTypesReflectKey();
    var buildClassElementMetadataFromTypescriptParameterType_1 = require_buildClassElementMetadataFromTypescriptParameterType();
    var getDefaultClassMetadata_1 = require_getDefaultClassMetadata();
    var isUserlandEmittedType_1 = require_isUserlandEmittedType();
    function updateClassMetadataWithTypescriptParameterTypes(target) {
      const typescriptConstructorArguments = (0, reflect_metadata_utils_1.getOwnReflectMetadata)(target, typescriptDesignParameterTypesReflectKey_1.typescriptParameterTypesReflectKey);
      if (typescriptConstructorArguments !== void 0) {
        (0, reflect_metadata_utils_1.updateOwnReflectMetadata)(target, classMetadataReflectKey_1.classMetadataReflectKey, getDefaultClassMetadata_1.getDefaultClassMetadata, updateMaybeClassMetadataWithTypescriptClassMetadata(typescriptConstructorArguments));
      }
    }
    function updateMaybeClassMetadataWithTypescriptClassMetadata(typescriptConstructorArguments) {
      return (classMetadata) => {
        typescriptConstructorArguments.forEach((constructorArgumentType, index) => {
          if (classMetadata.constructorArguments[index] === void 0 && (0, isUserlandEmittedType_1.isUserlandEmittedType)(constructorArgumentType)) {
            classMetadata.constructorArguments[index] = (0, buildClassElementMetadataFromTypescriptParameterType_1.buildClassElementMetadataFromTypescriptParameterType)(constructorArgumentType);
          }
        });
        return classMetadata;
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/injectable.js
var require_injectable = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/injectable.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.injectable = injectable2;
    var reflect_metadata_utils_1 = require_cjs2();
    var classMetadataReflectKey_1 = require_classMetadataReflectKey();
    var setIsInjectableFlag_1 = require_setIsInjectableFlag();
    var updateClassMetadataWithTypescriptParameterTypes_1 = require_updateClassMetadataWithTypescriptParameterTypes();
    var getDefaultClassMetadata_1 = require_getDefaultClassMetadata();
    function injectable2(scope) {
      return (target) => {
        (0, setIsInjectableFlag_1.setIsInjectableFlag)(target);
        (0, updateClassMetadataWithTypescriptParameterTypes_1.updateClassMetadataWithTypescriptParameterTypes)(target);
        if (scope !== void 0) {
          (0, reflect_metadata_utils_1.updateOwnReflectMetadata)(target, classMetadataReflectKey_1.classMetadataReflectKey, getDefaultClassMetadata_1.getDefaultClassMetadata, (metadata) => ({
            ...metadata,
            scope
          }));
        }
      };
    }
  }
});

// node_modules/@inversifyjs/prototype-utils/lib/cjs/prototype/calculations/getBaseType.js
var require_getBaseType = __commonJS({
  "node_modules/@inversifyjs/prototype-utils/lib/cjs/prototype/calculations/getBaseType.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getBaseType = getBaseType;
    function getBaseType(type) {
      const prototype = Object.getPrototypeOf(type.prototype);
      const baseType = prototype?.constructor;
      return baseType;
    }
  }
});

// node_modules/@inversifyjs/prototype-utils/lib/cjs/prototype/calculations/findInPrototypeChain.js
var require_findInPrototypeChain = __commonJS({
  "node_modules/@inversifyjs/prototype-utils/lib/cjs/prototype/calculations/findInPrototypeChain.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.findInPrototypeChain = findInPrototypeChain;
    var getBaseType_1 = require_getBaseType();
    function findInPrototypeChain(type, reader) {
      for (let currentType = type; currentType !== void 0; currentType = (0, getBaseType_1.getBaseType)(currentType)) {
        const value = reader(currentType);
        if (value !== void 0) {
          return value;
        }
      }
      return void 0;
    }
  }
});

// node_modules/@inversifyjs/prototype-utils/lib/cjs/index.js
var require_cjs3 = __commonJS({
  "node_modules/@inversifyjs/prototype-utils/lib/cjs/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getBaseType = exports2.findInPrototypeChain = void 0;
    var findInPrototypeChain_1 = require_findInPrototypeChain();
    Object.defineProperty(exports2, "findInPrototypeChain", { enumerable: true, get: function() {
      return findInPrototypeChain_1.findInPrototypeChain;
    } });
    var getBaseType_1 = require_getBaseType();
    Object.defineProperty(exports2, "getBaseType", { enumerable: true, get: function() {
      return getBaseType_1.getBaseType;
    } });
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/getExtendedConstructorArguments.js
var require_getExtendedConstructorArguments = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/getExtendedConstructorArguments.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getExtendedConstructorArguments = getExtendedConstructorArguments;
    function getExtendedConstructorArguments(options, baseTypeClassMetadata, typeMetadata) {
      const extendConstructorArguments = options.extendConstructorArguments ?? true;
      let extendedConstructorArguments;
      if (extendConstructorArguments) {
        extendedConstructorArguments = [
          ...baseTypeClassMetadata.constructorArguments
        ];
        typeMetadata.constructorArguments.map((classElementMetadata, index) => {
          extendedConstructorArguments[index] = classElementMetadata;
        });
      } else {
        extendedConstructorArguments = typeMetadata.constructorArguments;
      }
      return extendedConstructorArguments;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/getExtendedLifecycle.js
var require_getExtendedLifecycle = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/getExtendedLifecycle.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getExtendedLifecycle = getExtendedLifecycle;
    function getLifecycleSetUnion(extend, baseSet, currentSet) {
      if (extend) {
        return /* @__PURE__ */ new Set([...baseSet, ...currentSet]);
      }
      return currentSet;
    }
    function getExtendedLifecycle(options, baseTypeClassMetadata, typeMetadata) {
      const extendPostConstructMethods = options.lifecycle?.extendPostConstructMethods ?? true;
      const extendPreDestroyMethods = options.lifecycle?.extendPreDestroyMethods ?? true;
      const preDestroyMethodNames = getLifecycleSetUnion(extendPreDestroyMethods, baseTypeClassMetadata.lifecycle.preDestroyMethodNames, typeMetadata.lifecycle.preDestroyMethodNames);
      const postConstructMethodNames = getLifecycleSetUnion(extendPostConstructMethods, baseTypeClassMetadata.lifecycle.postConstructMethodNames, typeMetadata.lifecycle.postConstructMethodNames);
      return {
        postConstructMethodNames,
        preDestroyMethodNames
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/getExtendedProperties.js
var require_getExtendedProperties = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/getExtendedProperties.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getExtendedProperties = getExtendedProperties;
    var chain_1 = require_chain();
    function getExtendedProperties(options, baseTypeClassMetadata, typeMetadata) {
      const extendProperties = options.extendProperties ?? true;
      let extendedProperties;
      if (extendProperties) {
        extendedProperties = new Map((0, chain_1.chain)(baseTypeClassMetadata.properties, typeMetadata.properties));
      } else {
        extendedProperties = typeMetadata.properties;
      }
      return extendedProperties;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/injectFrom.js
var require_injectFrom = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/injectFrom.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.injectFrom = injectFrom;
    var reflect_metadata_utils_1 = require_cjs2();
    var classMetadataReflectKey_1 = require_classMetadataReflectKey();
    var getClassMetadata_1 = require_getClassMetadata();
    var getDefaultClassMetadata_1 = require_getDefaultClassMetadata();
    var getExtendedConstructorArguments_1 = require_getExtendedConstructorArguments();
    var getExtendedLifecycle_1 = require_getExtendedLifecycle();
    var getExtendedProperties_1 = require_getExtendedProperties();
    function injectFrom(options) {
      const decorator = (target) => {
        const baseTypeClassMetadata = (0, getClassMetadata_1.getClassMetadata)(options.type);
        (0, reflect_metadata_utils_1.updateOwnReflectMetadata)(target, classMetadataReflectKey_1.classMetadataReflectKey, getDefaultClassMetadata_1.getDefaultClassMetadata, composeUpdateReflectMetadataCallback(options, baseTypeClassMetadata));
      };
      return decorator;
    }
    function composeUpdateReflectMetadataCallback(options, baseTypeClassMetadata) {
      const callback = (typeMetadata) => ({
        constructorArguments: (0, getExtendedConstructorArguments_1.getExtendedConstructorArguments)(options, baseTypeClassMetadata, typeMetadata),
        lifecycle: (0, getExtendedLifecycle_1.getExtendedLifecycle)(options, baseTypeClassMetadata, typeMetadata),
        properties: (0, getExtendedProperties_1.getExtendedProperties)(options, baseTypeClassMetadata, typeMetadata),
        scope: typeMetadata.scope
      });
      return callback;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/injectFromBase.js
var require_injectFromBase = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/injectFromBase.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.injectFromBase = injectFromBase;
    var prototype_utils_1 = require_cjs3();
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    var injectFrom_1 = require_injectFrom();
    function injectFromBase(options) {
      return (target) => {
        const baseType = (0, prototype_utils_1.getBaseType)(target);
        if (baseType === void 0) {
          throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.injectionDecoratorConflict, `Expected base type for type "${target.name}", none found.`);
        }
        (0, injectFrom_1.injectFrom)({
          ...options,
          type: baseType
        })(target);
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/injectFromHierarchy.js
var require_injectFromHierarchy = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/injectFromHierarchy.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.injectFromHierarchy = injectFromHierarchy;
    var prototype_utils_1 = require_cjs3();
    var injectFrom_1 = require_injectFrom();
    function injectFromHierarchy(options) {
      return (target) => {
        const chain = [];
        let current = (0, prototype_utils_1.getBaseType)(target);
        while (current !== void 0 && current !== Object) {
          const ancestor = current;
          chain.push(ancestor);
          current = (0, prototype_utils_1.getBaseType)(ancestor);
        }
        chain.reverse();
        for (const type of chain) {
          (0, injectFrom_1.injectFrom)({ ...options, type })(target);
        }
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/multiInject.js
var require_multiInject = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/multiInject.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.multiInject = multiInject;
    var decrementPendingClassMetadataCount_1 = require_decrementPendingClassMetadataCount();
    var buildManagedMetadataFromMaybeClassElementMetadata_1 = require_buildManagedMetadataFromMaybeClassElementMetadata();
    var ClassElementMetadataKind_1 = require_ClassElementMetadataKind();
    var injectBase_1 = require_injectBase();
    function multiInject(serviceIdentifier, options) {
      const updateMetadata = (0, buildManagedMetadataFromMaybeClassElementMetadata_1.buildManagedMetadataFromMaybeClassElementMetadata)(ClassElementMetadataKind_1.ClassElementMetadataKind.multipleInjection, serviceIdentifier, options);
      return (0, injectBase_1.injectBase)(updateMetadata, decrementPendingClassMetadataCount_1.decrementPendingClassMetadataCount);
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/actions/incrementPendingClassMetadataCount.js
var require_incrementPendingClassMetadataCount = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/actions/incrementPendingClassMetadataCount.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.incrementPendingClassMetadataCount = incrementPendingClassMetadataCount;
    var reflect_metadata_utils_1 = require_cjs2();
    var pendingClassMetadataCountReflectKey_1 = require_pendingClassMetadataCountReflectKey();
    var getDefaultPendingClassMetadataCount_1 = require_getDefaultPendingClassMetadataCount();
    function incrementPendingClassMetadataCount(type) {
      return (metadata) => {
        if (metadata === void 0) {
          (0, reflect_metadata_utils_1.updateOwnReflectMetadata)(type, pendingClassMetadataCountReflectKey_1.pendingClassMetadataCountReflectKey, getDefaultPendingClassMetadataCount_1.getDefaultPendingClassMetadataCount, (count) => count + 1);
        }
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/actions/updateMetadataName.js
var require_updateMetadataName = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/actions/updateMetadataName.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.updateMetadataName = updateMetadataName;
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    function updateMetadataName(name) {
      return (metadata) => {
        if (metadata.name !== void 0) {
          throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.injectionDecoratorConflict, "Unexpected duplicated named decorator");
        }
        metadata.name = name;
        return metadata;
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/buildDefaultMaybeClassElementMetadata.js
var require_buildDefaultMaybeClassElementMetadata = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/buildDefaultMaybeClassElementMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.buildDefaultMaybeClassElementMetadata = buildDefaultMaybeClassElementMetadata;
    var MaybeClassElementMetadataKind_1 = require_MaybeClassElementMetadataKind();
    function buildDefaultMaybeClassElementMetadata() {
      return {
        kind: MaybeClassElementMetadataKind_1.MaybeClassElementMetadataKind.unknown,
        name: void 0,
        optional: false,
        tags: /* @__PURE__ */ new Map()
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/buildMaybeClassElementMetadataFromMaybeClassElementMetadata.js
var require_buildMaybeClassElementMetadataFromMaybeClassElementMetadata = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/buildMaybeClassElementMetadataFromMaybeClassElementMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.buildMaybeClassElementMetadataFromMaybeClassElementMetadata = buildMaybeClassElementMetadataFromMaybeClassElementMetadata;
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    var ClassElementMetadataKind_1 = require_ClassElementMetadataKind();
    var buildDefaultMaybeClassElementMetadata_1 = require_buildDefaultMaybeClassElementMetadata();
    function buildMaybeClassElementMetadataFromMaybeClassElementMetadata(updateMetadata) {
      return (metadata) => {
        const definedMetadata = metadata ?? (0, buildDefaultMaybeClassElementMetadata_1.buildDefaultMaybeClassElementMetadata)();
        switch (definedMetadata.kind) {
          case ClassElementMetadataKind_1.ClassElementMetadataKind.unmanaged:
            throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.injectionDecoratorConflict, "Unexpected injection found. Found @unmanaged injection with additional @named, @optional, @tagged or @targetName injections");
          default:
            return updateMetadata(definedMetadata);
        }
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/named.js
var require_named = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/named.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.named = named;
    var incrementPendingClassMetadataCount_1 = require_incrementPendingClassMetadataCount();
    var updateMetadataName_1 = require_updateMetadataName();
    var buildMaybeClassElementMetadataFromMaybeClassElementMetadata_1 = require_buildMaybeClassElementMetadataFromMaybeClassElementMetadata();
    var injectBase_1 = require_injectBase();
    function named(name) {
      const updateMetadata = (0, buildMaybeClassElementMetadataFromMaybeClassElementMetadata_1.buildMaybeClassElementMetadataFromMaybeClassElementMetadata)((0, updateMetadataName_1.updateMetadataName)(name));
      return (0, injectBase_1.injectBase)(updateMetadata, incrementPendingClassMetadataCount_1.incrementPendingClassMetadataCount);
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/actions/updateMetadataOptional.js
var require_updateMetadataOptional = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/actions/updateMetadataOptional.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.updateMetadataOptional = updateMetadataOptional;
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    function updateMetadataOptional(metadata) {
      if (metadata.optional) {
        throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.injectionDecoratorConflict, "Unexpected duplicated optional decorator");
      }
      metadata.optional = true;
      return metadata;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/optional.js
var require_optional = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/optional.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.optional = optional;
    var incrementPendingClassMetadataCount_1 = require_incrementPendingClassMetadataCount();
    var updateMetadataOptional_1 = require_updateMetadataOptional();
    var buildMaybeClassElementMetadataFromMaybeClassElementMetadata_1 = require_buildMaybeClassElementMetadataFromMaybeClassElementMetadata();
    var injectBase_1 = require_injectBase();
    function optional() {
      const updateMetadata = (0, buildMaybeClassElementMetadataFromMaybeClassElementMetadata_1.buildMaybeClassElementMetadataFromMaybeClassElementMetadata)(updateMetadataOptional_1.updateMetadataOptional);
      return (0, injectBase_1.injectBase)(updateMetadata, incrementPendingClassMetadataCount_1.incrementPendingClassMetadataCount);
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/actions/updateMaybeClassMetadataPostConstructor.js
var require_updateMaybeClassMetadataPostConstructor = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/actions/updateMaybeClassMetadataPostConstructor.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.updateMaybeClassMetadataPostConstructor = updateMaybeClassMetadataPostConstructor;
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    function updateMaybeClassMetadataPostConstructor(methodName) {
      return (metadata) => {
        if (metadata.lifecycle.postConstructMethodNames.has(methodName)) {
          throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.injectionDecoratorConflict, `Unexpected duplicated postConstruct method ${methodName.toString()}`);
        }
        metadata.lifecycle.postConstructMethodNames.add(methodName);
        return metadata;
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/postConstruct.js
var require_postConstruct = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/postConstruct.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.postConstruct = postConstruct;
    var reflect_metadata_utils_1 = require_cjs2();
    var classMetadataReflectKey_1 = require_classMetadataReflectKey();
    var updateMaybeClassMetadataPostConstructor_1 = require_updateMaybeClassMetadataPostConstructor();
    var getDefaultClassMetadata_1 = require_getDefaultClassMetadata();
    var handleInjectionError_1 = require_handleInjectionError();
    function postConstruct() {
      return (target, propertyKey, _descriptor) => {
        try {
          (0, reflect_metadata_utils_1.updateOwnReflectMetadata)(target.constructor, classMetadataReflectKey_1.classMetadataReflectKey, getDefaultClassMetadata_1.getDefaultClassMetadata, (0, updateMaybeClassMetadataPostConstructor_1.updateMaybeClassMetadataPostConstructor)(propertyKey));
        } catch (error) {
          (0, handleInjectionError_1.handleInjectionError)(target, propertyKey, void 0, error);
        }
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/actions/updateMaybeClassMetadataPreDestroy.js
var require_updateMaybeClassMetadataPreDestroy = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/actions/updateMaybeClassMetadataPreDestroy.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.updateMaybeClassMetadataPreDestroy = updateMaybeClassMetadataPreDestroy;
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    function updateMaybeClassMetadataPreDestroy(methodName) {
      return (metadata) => {
        if (metadata.lifecycle.preDestroyMethodNames.has(methodName)) {
          throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.injectionDecoratorConflict, `Unexpected duplicated preDestroy method ${methodName.toString()}`);
        }
        metadata.lifecycle.preDestroyMethodNames.add(methodName);
        return metadata;
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/preDestroy.js
var require_preDestroy = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/preDestroy.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.preDestroy = preDestroy;
    var reflect_metadata_utils_1 = require_cjs2();
    var classMetadataReflectKey_1 = require_classMetadataReflectKey();
    var updateMaybeClassMetadataPreDestroy_1 = require_updateMaybeClassMetadataPreDestroy();
    var getDefaultClassMetadata_1 = require_getDefaultClassMetadata();
    var handleInjectionError_1 = require_handleInjectionError();
    function preDestroy() {
      return (target, propertyKey, _descriptor) => {
        try {
          (0, reflect_metadata_utils_1.updateOwnReflectMetadata)(target.constructor, classMetadataReflectKey_1.classMetadataReflectKey, getDefaultClassMetadata_1.getDefaultClassMetadata, (0, updateMaybeClassMetadataPreDestroy_1.updateMaybeClassMetadataPreDestroy)(propertyKey));
        } catch (error) {
          (0, handleInjectionError_1.handleInjectionError)(target, propertyKey, void 0, error);
        }
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/actions/updateMetadataTag.js
var require_updateMetadataTag = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/actions/updateMetadataTag.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.updateMetadataTag = updateMetadataTag;
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    function updateMetadataTag(key, value) {
      return (metadata) => {
        if (metadata.tags.has(key)) {
          throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.injectionDecoratorConflict, "Unexpected duplicated tag decorator with existing tag");
        }
        metadata.tags.set(key, value);
        return metadata;
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/tagged.js
var require_tagged = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/tagged.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.tagged = tagged;
    var incrementPendingClassMetadataCount_1 = require_incrementPendingClassMetadataCount();
    var updateMetadataTag_1 = require_updateMetadataTag();
    var buildMaybeClassElementMetadataFromMaybeClassElementMetadata_1 = require_buildMaybeClassElementMetadataFromMaybeClassElementMetadata();
    var injectBase_1 = require_injectBase();
    function tagged(key, value) {
      const updateMetadata = (0, buildMaybeClassElementMetadataFromMaybeClassElementMetadata_1.buildMaybeClassElementMetadataFromMaybeClassElementMetadata)((0, updateMetadataTag_1.updateMetadataTag)(key, value));
      return (0, injectBase_1.injectBase)(updateMetadata, incrementPendingClassMetadataCount_1.incrementPendingClassMetadataCount);
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/buildDefaultUnmanagedMetadata.js
var require_buildDefaultUnmanagedMetadata = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/buildDefaultUnmanagedMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.buildDefaultUnmanagedMetadata = buildDefaultUnmanagedMetadata;
    var ClassElementMetadataKind_1 = require_ClassElementMetadataKind();
    function buildDefaultUnmanagedMetadata() {
      return {
        kind: ClassElementMetadataKind_1.ClassElementMetadataKind.unmanaged
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/buildUnmanagedMetadataFromMaybeManagedMetadata.js
var require_buildUnmanagedMetadataFromMaybeManagedMetadata = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/buildUnmanagedMetadataFromMaybeManagedMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.buildUnmanagedMetadataFromMaybeManagedMetadata = buildUnmanagedMetadataFromMaybeManagedMetadata;
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    var assertMetadataFromTypescriptIfManaged_1 = require_assertMetadataFromTypescriptIfManaged();
    var buildDefaultUnmanagedMetadata_1 = require_buildDefaultUnmanagedMetadata();
    function buildUnmanagedMetadataFromMaybeManagedMetadata(metadata) {
      (0, assertMetadataFromTypescriptIfManaged_1.assertMetadataFromTypescriptIfManaged)(metadata);
      if (hasManagedMetadata(metadata)) {
        throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.injectionDecoratorConflict, "Unexpected injection found. Found @unmanaged injection with additional @named, @optional, @tagged or @targetName injections");
      }
      return (0, buildDefaultUnmanagedMetadata_1.buildDefaultUnmanagedMetadata)();
    }
    function hasManagedMetadata(metadata) {
      return metadata.name !== void 0 || metadata.optional || metadata.tags.size > 0;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/buildUnmanagedMetadataFromMaybeClassElementMetadata.js
var require_buildUnmanagedMetadataFromMaybeClassElementMetadata = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/calculations/buildUnmanagedMetadataFromMaybeClassElementMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.buildUnmanagedMetadataFromMaybeClassElementMetadata = void 0;
    var buildClassElementMetadataFromMaybeClassElementMetadata_1 = require_buildClassElementMetadataFromMaybeClassElementMetadata();
    var buildDefaultUnmanagedMetadata_1 = require_buildDefaultUnmanagedMetadata();
    var buildUnmanagedMetadataFromMaybeManagedMetadata_1 = require_buildUnmanagedMetadataFromMaybeManagedMetadata();
    exports2.buildUnmanagedMetadataFromMaybeClassElementMetadata = (0, buildClassElementMetadataFromMaybeClassElementMetadata_1.buildClassElementMetadataFromMaybeClassElementMetadata)(buildDefaultUnmanagedMetadata_1.buildDefaultUnmanagedMetadata, buildUnmanagedMetadataFromMaybeManagedMetadata_1.buildUnmanagedMetadataFromMaybeManagedMetadata);
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/unmanaged.js
var require_unmanaged = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/decorators/unmanaged.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.unmanaged = unmanaged;
    var decrementPendingClassMetadataCount_1 = require_decrementPendingClassMetadataCount();
    var buildUnmanagedMetadataFromMaybeClassElementMetadata_1 = require_buildUnmanagedMetadataFromMaybeClassElementMetadata();
    var injectBase_1 = require_injectBase();
    function unmanaged() {
      const updateMetadata = (0, buildUnmanagedMetadataFromMaybeClassElementMetadata_1.buildUnmanagedMetadataFromMaybeClassElementMetadata)();
      return (0, injectBase_1.injectBase)(updateMetadata, decrementPendingClassMetadataCount_1.decrementPendingClassMetadataCount);
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/metadata/models/ResolvedValueElementMetadataKind.js
var require_ResolvedValueElementMetadataKind = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/metadata/models/ResolvedValueElementMetadataKind.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ResolvedValueElementMetadataKind = void 0;
    var ResolvedValueElementMetadataKind;
    (function(ResolvedValueElementMetadataKind2) {
      ResolvedValueElementMetadataKind2[ResolvedValueElementMetadataKind2["multipleInjection"] = 0] = "multipleInjection";
      ResolvedValueElementMetadataKind2[ResolvedValueElementMetadataKind2["singleInjection"] = 1] = "singleInjection";
    })(ResolvedValueElementMetadataKind || (exports2.ResolvedValueElementMetadataKind = ResolvedValueElementMetadataKind = {}));
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/calculations/buildGetPlanOptionsFromPlanParams.js
var require_buildGetPlanOptionsFromPlanParams = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/calculations/buildGetPlanOptionsFromPlanParams.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.buildGetPlanOptionsFromPlanParams = buildGetPlanOptionsFromPlanParams;
    function buildGetPlanOptionsFromPlanParams(params) {
      if (params.rootConstraints.isMultiple) {
        return {
          chained: params.rootConstraints.chained,
          isMultiple: true,
          name: params.rootConstraints.name,
          optional: params.rootConstraints.isOptional ?? false,
          serviceIdentifier: params.rootConstraints.serviceIdentifier,
          tag: params.rootConstraints.tag
        };
      } else {
        return {
          isMultiple: false,
          name: params.rootConstraints.name,
          optional: params.rootConstraints.isOptional ?? false,
          serviceIdentifier: params.rootConstraints.serviceIdentifier,
          tag: params.rootConstraints.tag
        };
      }
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/error/calculations/isStackOverflowError.js
var require_isStackOverflowError = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/error/calculations/isStackOverflowError.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isStackOverflowError = isStackOverflowError;
    var STACK_OVERFLOW_PATTERNS = /stack space|call stack|too much recursion/i;
    var SPIDER_MONKEY_REGEXP = /too much recursion/;
    function isStackOverflowError(error) {
      try {
        if (!(error instanceof Error)) {
          return false;
        }
        return (
          // V8 and JavaScriptCore typically throw RangeError
          error instanceof RangeError && STACK_OVERFLOW_PATTERNS.test(error.message) || error.name === "InternalError" && SPIDER_MONKEY_REGEXP.test(error.message)
        );
      } catch (innerError) {
        return innerError instanceof SyntaxError && innerError.message.includes("Stack overflow");
      }
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/calculations/handlePlanError.js
var require_handlePlanError = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/calculations/handlePlanError.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.handlePlanError = handlePlanError;
    var common_1 = require_cjs();
    var isStackOverflowError_1 = require_isStackOverflowError();
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    function extractLikelyCircularDependency(params) {
      const serviceIdentifiers = /* @__PURE__ */ new Set();
      for (const serviceIdentifier of params.servicesBranch) {
        if (serviceIdentifiers.has(serviceIdentifier)) {
          return [...serviceIdentifiers, serviceIdentifier];
        }
        serviceIdentifiers.add(serviceIdentifier);
      }
      return [...serviceIdentifiers];
    }
    function handlePlanError(params, error) {
      if ((0, isStackOverflowError_1.isStackOverflowError)(error)) {
        const stringifiedCircularDependencies = stringifyServiceIdentifierTrace(extractLikelyCircularDependency(params));
        throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.planning, `Circular dependency found: ${stringifiedCircularDependencies}`, { cause: error });
      }
      throw error;
    }
    function stringifyServiceIdentifierTrace(serviceIdentifiers) {
      const serviceIdentifiersArray = [...serviceIdentifiers];
      if (serviceIdentifiersArray.length === 0) {
        return "(No dependency trace)";
      }
      return serviceIdentifiersArray.map(common_1.stringifyServiceIdentifier).join(" -> ");
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/models/LazyPlanServiceNode.js
var require_LazyPlanServiceNode = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/models/LazyPlanServiceNode.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.LazyPlanServiceNode = void 0;
    var isLazyPlanServiceNodeSymbol = Symbol.for("@inversifyjs/core/LazyPlanServiceNode");
    var LazyPlanServiceNode = class {
      [isLazyPlanServiceNodeSymbol];
      _serviceIdentifier;
      _serviceNode;
      constructor(serviceNode, serviceIdentifier) {
        this[isLazyPlanServiceNodeSymbol] = true;
        this._serviceNode = serviceNode;
        this._serviceIdentifier = serviceIdentifier;
      }
      get bindings() {
        return this._getNode().bindings;
      }
      get isContextFree() {
        return this._getNode().isContextFree;
      }
      get serviceIdentifier() {
        return this._serviceIdentifier;
      }
      set bindings(bindings) {
        this._getNode().bindings = bindings;
      }
      set isContextFree(isContextFree) {
        this._getNode().isContextFree = isContextFree;
      }
      static is(value) {
        return typeof value === "object" && value !== null && value[isLazyPlanServiceNodeSymbol] === true;
      }
      invalidate() {
        this._serviceNode = void 0;
      }
      isExpanded() {
        return this._serviceNode !== void 0;
      }
      _getNode() {
        if (this._serviceNode === void 0) {
          this._serviceNode = this._buildPlanServiceNode();
        }
        return this._serviceNode;
      }
    };
    exports2.LazyPlanServiceNode = LazyPlanServiceNode;
  }
});

// node_modules/@inversifyjs/core/lib/cjs/binding/models/BindingConstraintsImplementation.js
var require_BindingConstraintsImplementation = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/binding/models/BindingConstraintsImplementation.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.BindingConstraintsImplementation = void 0;
    var BindingConstraintsImplementation = class _BindingConstraintsImplementation {
      #node;
      constructor(node) {
        this.#node = node;
      }
      get name() {
        return this.#node.elem.name;
      }
      get serviceIdentifier() {
        return this.#node.elem.serviceIdentifier;
      }
      get tags() {
        return this.#node.elem.tags;
      }
      getAncestor() {
        this.#node.elem.getAncestorsCalled = true;
        if (this.#node.previous === void 0) {
          return void 0;
        }
        return new _BindingConstraintsImplementation(this.#node.previous);
      }
    };
    exports2.BindingConstraintsImplementation = BindingConstraintsImplementation;
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/calculations/buildFilteredServiceBindings.js
var require_buildFilteredServiceBindings = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/calculations/buildFilteredServiceBindings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.buildFilteredServiceBindings = buildFilteredServiceBindings;
    var buildInstanceBinding_1 = require_buildInstanceBinding();
    function buildFilteredServiceBindings(params, bindingConstraints, options) {
      const serviceIdentifier = options?.customServiceIdentifier ?? bindingConstraints.serviceIdentifier;
      const serviceBindings = options?.chained === true ? [...params.operations.getBindingsChained(serviceIdentifier)] : [...params.operations.getBindings(serviceIdentifier) ?? []];
      const filteredBindings = serviceBindings.filter((binding) => binding.isSatisfiedBy(bindingConstraints));
      if (filteredBindings.length === 0 && params.autobindOptions !== void 0 && typeof serviceIdentifier === "function") {
        const binding = (0, buildInstanceBinding_1.buildInstanceBinding)(params.autobindOptions, serviceIdentifier);
        params.operations.setBinding(binding);
        if (binding.isSatisfiedBy(bindingConstraints)) {
          filteredBindings.push(binding);
        }
      }
      return filteredBindings;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/common/models/SingleImmutableLinkedList.js
var require_SingleImmutableLinkedList = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/common/models/SingleImmutableLinkedList.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.SingleImmutableLinkedList = void 0;
    var SingleImmutableLinkedList = class _SingleImmutableLinkedList {
      last;
      constructor(last) {
        this.last = last;
      }
      concat(elem) {
        return new _SingleImmutableLinkedList({
          elem,
          previous: this.last
        });
      }
      [Symbol.iterator]() {
        let node = this.last;
        return {
          next: () => {
            if (node === void 0) {
              return {
                done: true,
                value: void 0
              };
            }
            const elem = node.elem;
            node = node.previous;
            return {
              done: false,
              value: elem
            };
          }
        };
      }
    };
    exports2.SingleImmutableLinkedList = SingleImmutableLinkedList;
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/calculations/buildPlanBindingConstraintsList.js
var require_buildPlanBindingConstraintsList = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/calculations/buildPlanBindingConstraintsList.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.buildPlanBindingConstraintsList = buildPlanBindingConstraintsList;
    var SingleImmutableLinkedList_1 = require_SingleImmutableLinkedList();
    function buildPlanBindingConstraintsList(params) {
      const tags = /* @__PURE__ */ new Map();
      if (params.rootConstraints.tag !== void 0) {
        tags.set(params.rootConstraints.tag.key, params.rootConstraints.tag.value);
      }
      return new SingleImmutableLinkedList_1.SingleImmutableLinkedList({
        elem: {
          getAncestorsCalled: false,
          name: params.rootConstraints.name,
          serviceIdentifier: params.rootConstraints.serviceIdentifier,
          tags
        },
        previous: void 0
      });
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/calculations/isPlanServiceRedirectionBindingNode.js
var require_isPlanServiceRedirectionBindingNode = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/calculations/isPlanServiceRedirectionBindingNode.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isPlanServiceRedirectionBindingNode = isPlanServiceRedirectionBindingNode;
    function isPlanServiceRedirectionBindingNode(node) {
      return node.redirections !== void 0;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/binding/calculations/stringifyBinding.js
var require_stringifyBinding = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/binding/calculations/stringifyBinding.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.stringifyBinding = stringifyBinding;
    var common_1 = require_cjs();
    var BindingType_1 = require_BindingType();
    function stringifyBinding(binding) {
      switch (binding.type) {
        case BindingType_1.bindingTypeValues.Instance:
          return `[ type: "${binding.type}", serviceIdentifier: "${(0, common_1.stringifyServiceIdentifier)(binding.serviceIdentifier)}", scope: "${binding.scope}", implementationType: "${binding.implementationType.name}" ]`;
        case BindingType_1.bindingTypeValues.ServiceRedirection:
          return `[ type: "${binding.type}", serviceIdentifier: "${(0, common_1.stringifyServiceIdentifier)(binding.serviceIdentifier)}", redirection: "${(0, common_1.stringifyServiceIdentifier)(binding.targetServiceIdentifier)}" ]`;
        default:
          return `[ type: "${binding.type}", serviceIdentifier: "${(0, common_1.stringifyServiceIdentifier)(binding.serviceIdentifier)}", scope: "${binding.scope}" ]`;
      }
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/calculations/throwErrorWhenUnexpectedBindingsAmountFound.js
var require_throwErrorWhenUnexpectedBindingsAmountFound = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/calculations/throwErrorWhenUnexpectedBindingsAmountFound.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.throwErrorWhenUnexpectedBindingsAmountFound = throwErrorWhenUnexpectedBindingsAmountFound;
    var common_1 = require_cjs();
    var stringifyBinding_1 = require_stringifyBinding();
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    function throwErrorWhenUnexpectedBindingsAmountFound(bindingNodes, isOptional, bindingConstraintNode, serviceRedirections) {
      const serviceIdentifier = bindingConstraintNode.elem.serviceIdentifier;
      const parentServiceIdentifier = bindingConstraintNode.previous?.elem.serviceIdentifier;
      if (Array.isArray(bindingNodes)) {
        throwErrorWhenMultipleUnexpectedBindingsAmountFound(bindingNodes, isOptional, serviceIdentifier, parentServiceIdentifier, bindingConstraintNode.elem, serviceRedirections);
      } else {
        throwErrorWhenSingleUnexpectedBindingFound(bindingNodes, isOptional, serviceIdentifier, parentServiceIdentifier, bindingConstraintNode.elem, serviceRedirections);
      }
    }
    function throwBindingNotFoundError(serviceIdentifier, parentServiceIdentifier, bindingConstraints, serviceRedirections) {
      const lastResolvedServiceIdentifier = serviceRedirections[serviceRedirections.length - 1] ?? serviceIdentifier;
      const errorMessage = `No bindings found for service: "${(0, common_1.stringifyServiceIdentifier)(lastResolvedServiceIdentifier)}".

Trying to resolve bindings for "${stringifyParentServiceIdentifier(serviceIdentifier, parentServiceIdentifier)}".${stringifyServiceRedirections(serviceRedirections)}${stringifyBindingConstraints(bindingConstraints)}`;
      throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.planning, errorMessage);
    }
    function throwErrorWhenMultipleUnexpectedBindingsAmountFound(bindingNodes, isOptional, serviceIdentifier, parentServiceIdentifier, bindingConstraints, serviceRedirections) {
      if (bindingNodes.length === 0) {
        if (!isOptional) {
          throwBindingNotFoundError(serviceIdentifier, parentServiceIdentifier, bindingConstraints, serviceRedirections);
        }
      } else {
        const lastResolvedServiceIdentifier = serviceRedirections[serviceRedirections.length - 1] ?? serviceIdentifier;
        const errorMessage = `Ambiguous bindings found for service: "${(0, common_1.stringifyServiceIdentifier)(lastResolvedServiceIdentifier)}".${stringifyServiceRedirections(serviceRedirections)}

Registered bindings:

${bindingNodes.map((bindingNode) => (0, stringifyBinding_1.stringifyBinding)(bindingNode.binding)).join("\n")}

Trying to resolve bindings for "${stringifyParentServiceIdentifier(serviceIdentifier, parentServiceIdentifier)}".${stringifyBindingConstraints(bindingConstraints)}`;
        throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.planning, errorMessage);
      }
    }
    function throwErrorWhenSingleUnexpectedBindingFound(bindingNode, isOptional, serviceIdentifier, parentServiceIdentifier, bindingConstraints, serviceRedirections) {
      if (bindingNode === void 0 && !isOptional) {
        throwBindingNotFoundError(serviceIdentifier, parentServiceIdentifier, bindingConstraints, serviceRedirections);
      }
    }
    function stringifyParentServiceIdentifier(serviceIdentifier, parentServiceIdentifier) {
      return parentServiceIdentifier === void 0 ? `${(0, common_1.stringifyServiceIdentifier)(serviceIdentifier)} (Root service)` : (0, common_1.stringifyServiceIdentifier)(parentServiceIdentifier);
    }
    function stringifyBindingConstraints(bindingConstraints) {
      const stringifiedTags = bindingConstraints.tags.size === 0 ? "" : `
- tags:
  - ${[...bindingConstraints.tags.keys()].map((key) => key.toString()).join("\n  - ")}`;
      return `

Binding constraints:
- service identifier: ${(0, common_1.stringifyServiceIdentifier)(bindingConstraints.serviceIdentifier)}
- name: ${bindingConstraints.name?.toString() ?? "-"}${stringifiedTags}`;
    }
    function stringifyServiceRedirections(serviceRedirections) {
      return serviceRedirections.length === 0 ? "" : `

- service redirections:
  - ${serviceRedirections.map((serviceIdentifier) => (0, common_1.stringifyServiceIdentifier)(serviceIdentifier)).join("\n  - ")}`;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/calculations/checkPlanServiceRedirectionBindingNodeSingleInjectionBindings.js
var require_checkPlanServiceRedirectionBindingNodeSingleInjectionBindings = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/calculations/checkPlanServiceRedirectionBindingNodeSingleInjectionBindings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.checkPlanServiceRedirectionBindingNodeSingleInjectionBindings = checkPlanServiceRedirectionBindingNodeSingleInjectionBindings;
    var isPlanServiceRedirectionBindingNode_1 = require_isPlanServiceRedirectionBindingNode();
    var throwErrorWhenUnexpectedBindingsAmountFound_1 = require_throwErrorWhenUnexpectedBindingsAmountFound();
    var SINGLE_INJECTION_BINDINGS = 1;
    function checkPlanServiceRedirectionBindingNodeSingleInjectionBindings(serviceRedirectionBindingNode, isOptional, bindingConstraintNode, serviceRedirections) {
      if (serviceRedirectionBindingNode.redirections.length === SINGLE_INJECTION_BINDINGS) {
        const [planBindingNode] = serviceRedirectionBindingNode.redirections;
        if ((0, isPlanServiceRedirectionBindingNode_1.isPlanServiceRedirectionBindingNode)(planBindingNode)) {
          checkPlanServiceRedirectionBindingNodeSingleInjectionBindings(planBindingNode, isOptional, bindingConstraintNode, [
            ...serviceRedirections,
            planBindingNode.binding.targetServiceIdentifier
          ]);
        }
        return;
      }
      (0, throwErrorWhenUnexpectedBindingsAmountFound_1.throwErrorWhenUnexpectedBindingsAmountFound)(serviceRedirectionBindingNode.redirections, isOptional, bindingConstraintNode, serviceRedirections);
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/calculations/checkServiceNodeSingleInjectionBindings.js
var require_checkServiceNodeSingleInjectionBindings = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/calculations/checkServiceNodeSingleInjectionBindings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.checkServiceNodeSingleInjectionBindings = checkServiceNodeSingleInjectionBindings;
    var checkPlanServiceRedirectionBindingNodeSingleInjectionBindings_1 = require_checkPlanServiceRedirectionBindingNodeSingleInjectionBindings();
    var isPlanServiceRedirectionBindingNode_1 = require_isPlanServiceRedirectionBindingNode();
    var throwErrorWhenUnexpectedBindingsAmountFound_1 = require_throwErrorWhenUnexpectedBindingsAmountFound();
    var SINGLE_INJECTION_BINDINGS = 1;
    function checkServiceNodeSingleInjectionBindings(serviceNode, isOptional, bindingConstraintNode) {
      if (Array.isArray(serviceNode.bindings)) {
        if (serviceNode.bindings.length === SINGLE_INJECTION_BINDINGS) {
          const [planBindingNode] = serviceNode.bindings;
          if ((0, isPlanServiceRedirectionBindingNode_1.isPlanServiceRedirectionBindingNode)(planBindingNode)) {
            (0, checkPlanServiceRedirectionBindingNodeSingleInjectionBindings_1.checkPlanServiceRedirectionBindingNodeSingleInjectionBindings)(planBindingNode, isOptional, bindingConstraintNode, [planBindingNode.binding.targetServiceIdentifier]);
          }
          return;
        }
      }
      (0, throwErrorWhenUnexpectedBindingsAmountFound_1.throwErrorWhenUnexpectedBindingsAmountFound)(serviceNode.bindings, isOptional, bindingConstraintNode, []);
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/actions/curryBuildPlanServiceNode.js
var require_curryBuildPlanServiceNode = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/actions/curryBuildPlanServiceNode.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.curryBuildPlanServiceNode = curryBuildPlanServiceNode;
    var BindingConstraintsImplementation_1 = require_BindingConstraintsImplementation();
    var buildFilteredServiceBindings_1 = require_buildFilteredServiceBindings();
    var buildPlanBindingConstraintsList_1 = require_buildPlanBindingConstraintsList();
    var checkServiceNodeSingleInjectionBindings_1 = require_checkServiceNodeSingleInjectionBindings();
    function curryBuildPlanServiceNode(buildServiceNodeBindings) {
      return (params) => {
        const bindingConstraintsList = (0, buildPlanBindingConstraintsList_1.buildPlanBindingConstraintsList)(params);
        const bindingConstraints = new BindingConstraintsImplementation_1.BindingConstraintsImplementation(bindingConstraintsList.last);
        const chained = params.rootConstraints.isMultiple && params.rootConstraints.chained;
        const filteredServiceBindings = (0, buildFilteredServiceBindings_1.buildFilteredServiceBindings)(params, bindingConstraints, {
          chained
        });
        const serviceNodeBindings = [];
        const serviceNode = {
          bindings: serviceNodeBindings,
          isContextFree: true,
          serviceIdentifier: params.rootConstraints.serviceIdentifier
        };
        serviceNodeBindings.push(...buildServiceNodeBindings(params, bindingConstraintsList, filteredServiceBindings, serviceNode, chained));
        serviceNode.isContextFree = !bindingConstraintsList.last.elem.getAncestorsCalled;
        if (!params.rootConstraints.isMultiple) {
          (0, checkServiceNodeSingleInjectionBindings_1.checkServiceNodeSingleInjectionBindings)(serviceNode, params.rootConstraints.isOptional ?? false, bindingConstraintsList.last);
          const [planBindingNode] = serviceNodeBindings;
          serviceNode.bindings = planBindingNode;
        }
        return serviceNode;
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/calculations/getServiceFromMaybeLazyServiceIdentifier.js
var require_getServiceFromMaybeLazyServiceIdentifier = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/calculations/getServiceFromMaybeLazyServiceIdentifier.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getServiceFromMaybeLazyServiceIdentifier = getServiceFromMaybeLazyServiceIdentifier;
    var common_1 = require_cjs();
    function getServiceFromMaybeLazyServiceIdentifier(serviceIdentifier) {
      return common_1.LazyServiceIdentifier.is(serviceIdentifier) ? serviceIdentifier.unwrap() : serviceIdentifier;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/actions/curryBuildPlanServiceNodeFromClassElementMetadata.js
var require_curryBuildPlanServiceNodeFromClassElementMetadata = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/actions/curryBuildPlanServiceNodeFromClassElementMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.curryBuildPlanServiceNodeFromClassElementMetadata = curryBuildPlanServiceNodeFromClassElementMetadata;
    var BindingConstraintsImplementation_1 = require_BindingConstraintsImplementation();
    var ClassElementMetadataKind_1 = require_ClassElementMetadataKind();
    var buildFilteredServiceBindings_1 = require_buildFilteredServiceBindings();
    var checkServiceNodeSingleInjectionBindings_1 = require_checkServiceNodeSingleInjectionBindings();
    var getServiceFromMaybeLazyServiceIdentifier_1 = require_getServiceFromMaybeLazyServiceIdentifier();
    function curryBuildPlanServiceNodeFromClassElementMetadata(buildServiceNodeBindings) {
      return (params, bindingConstraintsList, elementMetadata) => {
        const serviceIdentifier = (0, getServiceFromMaybeLazyServiceIdentifier_1.getServiceFromMaybeLazyServiceIdentifier)(elementMetadata.value);
        const updatedBindingConstraintsList = bindingConstraintsList.concat({
          getAncestorsCalled: false,
          name: elementMetadata.name,
          serviceIdentifier,
          tags: elementMetadata.tags
        });
        const bindingConstraints = new BindingConstraintsImplementation_1.BindingConstraintsImplementation(updatedBindingConstraintsList.last);
        const chained = elementMetadata.kind === ClassElementMetadataKind_1.ClassElementMetadataKind.multipleInjection && elementMetadata.chained;
        const filteredServiceBindings = (0, buildFilteredServiceBindings_1.buildFilteredServiceBindings)(params, bindingConstraints, {
          chained
        });
        const serviceNodeBindings = [];
        const serviceNode = {
          bindings: serviceNodeBindings,
          isContextFree: true,
          serviceIdentifier
        };
        serviceNodeBindings.push(...buildServiceNodeBindings(params, updatedBindingConstraintsList, filteredServiceBindings, serviceNode, chained));
        serviceNode.isContextFree = !updatedBindingConstraintsList.last.elem.getAncestorsCalled;
        if (elementMetadata.kind === ClassElementMetadataKind_1.ClassElementMetadataKind.singleInjection) {
          (0, checkServiceNodeSingleInjectionBindings_1.checkServiceNodeSingleInjectionBindings)(serviceNode, elementMetadata.optional, updatedBindingConstraintsList.last);
          const [planBindingNode] = serviceNodeBindings;
          serviceNode.bindings = planBindingNode;
        }
        return serviceNode;
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/actions/curryBuildPlanServiceNodeFromResolvedValueElementMetadata.js
var require_curryBuildPlanServiceNodeFromResolvedValueElementMetadata = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/actions/curryBuildPlanServiceNodeFromResolvedValueElementMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.curryBuildPlanServiceNodeFromResolvedValueElementMetadata = curryBuildPlanServiceNodeFromResolvedValueElementMetadata;
    var BindingConstraintsImplementation_1 = require_BindingConstraintsImplementation();
    var ResolvedValueElementMetadataKind_1 = require_ResolvedValueElementMetadataKind();
    var buildFilteredServiceBindings_1 = require_buildFilteredServiceBindings();
    var checkServiceNodeSingleInjectionBindings_1 = require_checkServiceNodeSingleInjectionBindings();
    var getServiceFromMaybeLazyServiceIdentifier_1 = require_getServiceFromMaybeLazyServiceIdentifier();
    function curryBuildPlanServiceNodeFromResolvedValueElementMetadata(buildServiceNodeBindings) {
      return (params, bindingConstraintsList, elementMetadata) => {
        const serviceIdentifier = (0, getServiceFromMaybeLazyServiceIdentifier_1.getServiceFromMaybeLazyServiceIdentifier)(elementMetadata.value);
        const updatedBindingConstraintsList = bindingConstraintsList.concat({
          getAncestorsCalled: false,
          name: elementMetadata.name,
          serviceIdentifier,
          tags: elementMetadata.tags
        });
        const bindingConstraints = new BindingConstraintsImplementation_1.BindingConstraintsImplementation(updatedBindingConstraintsList.last);
        const chained = elementMetadata.kind === ResolvedValueElementMetadataKind_1.ResolvedValueElementMetadataKind.multipleInjection && elementMetadata.chained;
        const filteredServiceBindings = (0, buildFilteredServiceBindings_1.buildFilteredServiceBindings)(params, bindingConstraints, {
          chained
        });
        const serviceNodeBindings = [];
        const serviceNode = {
          bindings: serviceNodeBindings,
          isContextFree: true,
          serviceIdentifier
        };
        serviceNodeBindings.push(...buildServiceNodeBindings(params, updatedBindingConstraintsList, filteredServiceBindings, serviceNode, chained));
        serviceNode.isContextFree = !updatedBindingConstraintsList.last.elem.getAncestorsCalled;
        if (elementMetadata.kind === ResolvedValueElementMetadataKind_1.ResolvedValueElementMetadataKind.singleInjection) {
          (0, checkServiceNodeSingleInjectionBindings_1.checkServiceNodeSingleInjectionBindings)(serviceNode, elementMetadata.optional, updatedBindingConstraintsList.last);
          const [planBindingNode] = serviceNodeBindings;
          serviceNode.bindings = planBindingNode;
        }
        return serviceNode;
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/actions/curryBuildServiceNodeBindings.js
var require_curryBuildServiceNodeBindings = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/actions/curryBuildServiceNodeBindings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.curryBuildServiceNodeBindings = curryBuildServiceNodeBindings;
    var BindingConstraintsImplementation_1 = require_BindingConstraintsImplementation();
    var BindingType_1 = require_BindingType();
    var buildFilteredServiceBindings_1 = require_buildFilteredServiceBindings();
    var isPlanServiceRedirectionBindingNode_1 = require_isPlanServiceRedirectionBindingNode();
    function curryBuildServiceNodeBindings(subplan) {
      const buildInstancePlanBindingNode = curryBuildInstancePlanBindingNode(subplan);
      const buildResolvedValuePlanBindingNode = curryBuildResolvedValuePlanBindingNode(subplan);
      const buildServiceNodeBindings = (params, bindingConstraintsList, serviceBindings, parentNode, chainedBindings) => {
        const serviceIdentifier = (0, isPlanServiceRedirectionBindingNode_1.isPlanServiceRedirectionBindingNode)(parentNode) ? parentNode.binding.targetServiceIdentifier : parentNode.serviceIdentifier;
        params.servicesBranch.push(serviceIdentifier);
        const planBindingNodes = [];
        for (const binding of serviceBindings) {
          switch (binding.type) {
            case BindingType_1.bindingTypeValues.Instance: {
              planBindingNodes.push(buildInstancePlanBindingNode(params, binding, bindingConstraintsList));
              break;
            }
            case BindingType_1.bindingTypeValues.ResolvedValue: {
              planBindingNodes.push(buildResolvedValuePlanBindingNode(params, binding, bindingConstraintsList));
              break;
            }
            case BindingType_1.bindingTypeValues.ServiceRedirection: {
              const planBindingNode = buildServiceRedirectionPlanBindingNode(params, bindingConstraintsList, binding, chainedBindings);
              planBindingNodes.push(planBindingNode);
              break;
            }
            default:
              planBindingNodes.push({
                binding
              });
          }
        }
        params.servicesBranch.pop();
        return planBindingNodes;
      };
      const buildServiceRedirectionPlanBindingNode = curryBuildServiceRedirectionPlanBindingNode(buildServiceNodeBindings);
      return buildServiceNodeBindings;
    }
    function curryBuildInstancePlanBindingNode(subplan) {
      return (params, binding, bindingConstraintsList) => {
        const classMetadata = params.operations.getClassMetadata(binding.implementationType);
        const childNode = {
          binding,
          classMetadata,
          constructorParams: [],
          propertyParams: /* @__PURE__ */ new Map()
        };
        const subplanParams = {
          autobindOptions: params.autobindOptions,
          node: childNode,
          operations: params.operations,
          servicesBranch: params.servicesBranch
        };
        return subplan(subplanParams, bindingConstraintsList);
      };
    }
    function curryBuildResolvedValuePlanBindingNode(subplan) {
      return (params, binding, bindingConstraintsList) => {
        const childNode = {
          binding,
          params: []
        };
        const subplanParams = {
          autobindOptions: params.autobindOptions,
          node: childNode,
          operations: params.operations,
          servicesBranch: params.servicesBranch
        };
        return subplan(subplanParams, bindingConstraintsList);
      };
    }
    function curryBuildServiceRedirectionPlanBindingNode(buildServiceNodeBindings) {
      return (params, bindingConstraintsList, binding, chainedBindings) => {
        const childNode = {
          binding,
          redirections: []
        };
        const bindingConstraints = new BindingConstraintsImplementation_1.BindingConstraintsImplementation(bindingConstraintsList.last);
        const filteredServiceBindings = (0, buildFilteredServiceBindings_1.buildFilteredServiceBindings)(params, bindingConstraints, {
          chained: chainedBindings,
          customServiceIdentifier: binding.targetServiceIdentifier
        });
        childNode.redirections.push(...buildServiceNodeBindings(params, bindingConstraintsList, filteredServiceBindings, childNode, chainedBindings));
        return childNode;
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/calculations/isInstanceBindingNode.js
var require_isInstanceBindingNode = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/calculations/isInstanceBindingNode.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isInstanceBindingNode = isInstanceBindingNode;
    var BindingType_1 = require_BindingType();
    function isInstanceBindingNode(node) {
      return node.binding.type === BindingType_1.bindingTypeValues.Instance;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/calculations/tryBuildGetPlanOptionsFromManagedClassElementMetadata.js
var require_tryBuildGetPlanOptionsFromManagedClassElementMetadata = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/calculations/tryBuildGetPlanOptionsFromManagedClassElementMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.tryBuildGetPlanOptionsFromManagedClassElementMetadata = tryBuildGetPlanOptionsFromManagedClassElementMetadata;
    var common_1 = require_cjs();
    var ClassElementMetadataKind_1 = require_ClassElementMetadataKind();
    function tryBuildGetPlanOptionsFromManagedClassElementMetadata(elementMetadata) {
      let tag;
      if (elementMetadata.tags.size === 0) {
        tag = void 0;
      } else if (elementMetadata.tags.size === 1) {
        const [key, value] = elementMetadata.tags.entries().next().value;
        tag = { key, value };
      } else {
        return void 0;
      }
      const serviceIdentifier = common_1.LazyServiceIdentifier.is(elementMetadata.value) ? elementMetadata.value.unwrap() : elementMetadata.value;
      if (elementMetadata.kind === ClassElementMetadataKind_1.ClassElementMetadataKind.multipleInjection) {
        return {
          chained: elementMetadata.chained,
          isMultiple: true,
          name: elementMetadata.name,
          optional: elementMetadata.optional,
          serviceIdentifier,
          tag
        };
      } else {
        return {
          isMultiple: false,
          name: elementMetadata.name,
          optional: elementMetadata.optional,
          serviceIdentifier,
          tag
        };
      }
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/calculations/tryBuildGetPlanOptionsFromResolvedValueElementMetadata.js
var require_tryBuildGetPlanOptionsFromResolvedValueElementMetadata = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/calculations/tryBuildGetPlanOptionsFromResolvedValueElementMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.tryBuildGetPlanOptionsFromResolvedValueElementMetadata = tryBuildGetPlanOptionsFromResolvedValueElementMetadata;
    var common_1 = require_cjs();
    var ResolvedValueElementMetadataKind_1 = require_ResolvedValueElementMetadataKind();
    function tryBuildGetPlanOptionsFromResolvedValueElementMetadata(resolvedValueElementMetadata) {
      let tag;
      if (resolvedValueElementMetadata.tags.size === 0) {
        tag = void 0;
      } else if (resolvedValueElementMetadata.tags.size === 1) {
        const [key, value] = resolvedValueElementMetadata.tags.entries().next().value;
        tag = { key, value };
      } else {
        return void 0;
      }
      const serviceIdentifier = common_1.LazyServiceIdentifier.is(resolvedValueElementMetadata.value) ? resolvedValueElementMetadata.value.unwrap() : resolvedValueElementMetadata.value;
      if (resolvedValueElementMetadata.kind === ResolvedValueElementMetadataKind_1.ResolvedValueElementMetadataKind.multipleInjection) {
        return {
          chained: resolvedValueElementMetadata.chained,
          isMultiple: true,
          name: resolvedValueElementMetadata.name,
          optional: resolvedValueElementMetadata.optional,
          serviceIdentifier,
          tag
        };
      } else {
        return {
          isMultiple: false,
          name: resolvedValueElementMetadata.name,
          optional: resolvedValueElementMetadata.optional,
          serviceIdentifier,
          tag
        };
      }
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/actions/cacheNonRootPlanServiceNode.js
var require_cacheNonRootPlanServiceNode = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/actions/cacheNonRootPlanServiceNode.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.cacheNonRootPlanServiceNode = cacheNonRootPlanServiceNode;
    var LazyPlanServiceNode_1 = require_LazyPlanServiceNode();
    function cacheNonRootPlanServiceNode(getPlanOptions, operations, planServiceNode, context) {
      if (getPlanOptions !== void 0 && (LazyPlanServiceNode_1.LazyPlanServiceNode.is(planServiceNode) && !planServiceNode.isExpanded() || planServiceNode.isContextFree)) {
        const planResult = {
          tree: {
            root: planServiceNode
          }
        };
        operations.setPlan(getPlanOptions, planResult);
      } else {
        operations.setNonCachedServiceNode(planServiceNode, context);
      }
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/actions/currySubplan.js
var require_currySubplan = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/actions/currySubplan.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.currySubplan = currySubplan;
    var ClassElementMetadataKind_1 = require_ClassElementMetadataKind();
    var ResolvedValueElementMetadataKind_1 = require_ResolvedValueElementMetadataKind();
    var getServiceFromMaybeLazyServiceIdentifier_1 = require_getServiceFromMaybeLazyServiceIdentifier();
    var isInstanceBindingNode_1 = require_isInstanceBindingNode();
    var tryBuildGetPlanOptionsFromManagedClassElementMetadata_1 = require_tryBuildGetPlanOptionsFromManagedClassElementMetadata();
    var tryBuildGetPlanOptionsFromResolvedValueElementMetadata_1 = require_tryBuildGetPlanOptionsFromResolvedValueElementMetadata();
    var LazyPlanServiceNode_1 = require_LazyPlanServiceNode();
    var cacheNonRootPlanServiceNode_1 = require_cacheNonRootPlanServiceNode();
    var LazyManagedClassMetadataPlanServiceNode = class extends LazyPlanServiceNode_1.LazyPlanServiceNode {
      #params;
      #buildLazyPlanServiceNodeNodeFromClassElementMetadata;
      #bindingConstraintsList;
      #elementMetadata;
      constructor(params, buildLazyPlanServiceNodeNodeFromClassElementMetadata, bindingConstraintsList, elementMetadata, serviceNode) {
        super(serviceNode, (0, getServiceFromMaybeLazyServiceIdentifier_1.getServiceFromMaybeLazyServiceIdentifier)(elementMetadata.value));
        this.#buildLazyPlanServiceNodeNodeFromClassElementMetadata = buildLazyPlanServiceNodeNodeFromClassElementMetadata;
        this.#params = params;
        this.#bindingConstraintsList = bindingConstraintsList;
        this.#elementMetadata = elementMetadata;
      }
      _buildPlanServiceNode() {
        return this.#buildLazyPlanServiceNodeNodeFromClassElementMetadata(this.#params, this.#bindingConstraintsList, this.#elementMetadata);
      }
    };
    var LazyResolvedValueMetadataPlanServiceNode = class extends LazyPlanServiceNode_1.LazyPlanServiceNode {
      #params;
      #buildLazyPlanServiceNodeNodeFromResolvedValueElementMetadata;
      #bindingConstraintsList;
      #resolvedValueElementMetadata;
      constructor(params, buildLazyPlanServiceNodeNodeFromResolvedValueElementMetadata, bindingConstraintsList, resolvedValueElementMetadata, serviceNode) {
        super(serviceNode, (0, getServiceFromMaybeLazyServiceIdentifier_1.getServiceFromMaybeLazyServiceIdentifier)(resolvedValueElementMetadata.value));
        this.#params = params;
        this.#buildLazyPlanServiceNodeNodeFromResolvedValueElementMetadata = buildLazyPlanServiceNodeNodeFromResolvedValueElementMetadata;
        this.#bindingConstraintsList = bindingConstraintsList;
        this.#resolvedValueElementMetadata = resolvedValueElementMetadata;
      }
      _buildPlanServiceNode() {
        return this.#buildLazyPlanServiceNodeNodeFromResolvedValueElementMetadata(this.#params, this.#bindingConstraintsList, this.#resolvedValueElementMetadata);
      }
    };
    function currySubplan(buildLazyPlanServiceNodeNodeFromClassElementMetadata, buildLazyPlanServiceNodeNodeFromResolvedValueElementMetadata, buildPlanServiceNodeFromClassElementMetadata, buildPlanServiceNodeFromResolvedValueElementMetadata) {
      const subplanInstanceBindingNode = currySubplanInstanceBindingNode(buildLazyPlanServiceNodeNodeFromClassElementMetadata, buildPlanServiceNodeFromClassElementMetadata);
      const subplanResolvedValueBindingNode = currySubplanResolvedValueBindingNode(buildLazyPlanServiceNodeNodeFromResolvedValueElementMetadata, buildPlanServiceNodeFromResolvedValueElementMetadata);
      return (params, bindingConstraintsList) => {
        if ((0, isInstanceBindingNode_1.isInstanceBindingNode)(params.node)) {
          return subplanInstanceBindingNode(params, params.node, bindingConstraintsList);
        } else {
          return subplanResolvedValueBindingNode(params, params.node, bindingConstraintsList);
        }
      };
    }
    function currySubplanInstanceBindingNode(buildLazyPlanServiceNodeNodeFromClassElementMetadata, buildPlanServiceNodeFromClassElementMetadata) {
      const handlePlanServiceNodeBuildFromClassElementMetadata = curryHandlePlanServiceNodeBuildFromClassElementMetadata(buildLazyPlanServiceNodeNodeFromClassElementMetadata, buildPlanServiceNodeFromClassElementMetadata);
      return (params, node, bindingConstraintsList) => {
        const classMetadata = node.classMetadata;
        for (const [index, elementMetadata] of classMetadata.constructorArguments.entries()) {
          node.constructorParams[index] = handlePlanServiceNodeBuildFromClassElementMetadata(params, bindingConstraintsList, elementMetadata);
        }
        for (const [propertyKey, elementMetadata] of classMetadata.properties) {
          const planServiceNode = handlePlanServiceNodeBuildFromClassElementMetadata(params, bindingConstraintsList, elementMetadata);
          if (planServiceNode !== void 0) {
            node.propertyParams.set(propertyKey, planServiceNode);
          }
        }
        return params.node;
      };
    }
    function currySubplanResolvedValueBindingNode(buildLazyPlanServiceNodeNodeFromResolvedValueElementMetadata, buildPlanServiceNodeFromResolvedValueElementMetadata) {
      const handlePlanServiceNodeBuildFromResolvedValueElementMetadata = curryHandlePlanServiceNodeBuildFromResolvedValueElementMetadata(buildLazyPlanServiceNodeNodeFromResolvedValueElementMetadata, buildPlanServiceNodeFromResolvedValueElementMetadata);
      return (params, node, bindingConstraintsList) => {
        const resolvedValueMetadata = node.binding.metadata;
        for (const [index, elementMetadata] of resolvedValueMetadata.arguments.entries()) {
          node.params[index] = handlePlanServiceNodeBuildFromResolvedValueElementMetadata(params, bindingConstraintsList, elementMetadata);
        }
        return params.node;
      };
    }
    function curryHandlePlanServiceNodeBuildFromClassElementMetadata(buildLazyPlanServiceNodeNodeFromClassElementMetadata, buildPlanServiceNodeFromClassElementMetadata) {
      return (params, bindingConstraintsList, elementMetadata) => {
        if (elementMetadata.kind === ClassElementMetadataKind_1.ClassElementMetadataKind.unmanaged) {
          return void 0;
        }
        const getPlanOptions = (0, tryBuildGetPlanOptionsFromManagedClassElementMetadata_1.tryBuildGetPlanOptionsFromManagedClassElementMetadata)(elementMetadata);
        if (getPlanOptions !== void 0) {
          const planResult = params.operations.getPlan(getPlanOptions);
          if (planResult !== void 0 && planResult.tree.root.isContextFree) {
            return planResult.tree.root;
          }
        }
        const serviceNode = buildPlanServiceNodeFromClassElementMetadata(params, bindingConstraintsList, elementMetadata);
        const lazyPlanServiceNode = new LazyManagedClassMetadataPlanServiceNode(params, buildLazyPlanServiceNodeNodeFromClassElementMetadata, bindingConstraintsList, elementMetadata, serviceNode);
        (0, cacheNonRootPlanServiceNode_1.cacheNonRootPlanServiceNode)(getPlanOptions, params.operations, lazyPlanServiceNode, {
          bindingConstraintsList,
          chainedBindings: elementMetadata.kind === ClassElementMetadataKind_1.ClassElementMetadataKind.multipleInjection && elementMetadata.chained,
          optionalBindings: elementMetadata.optional
        });
        return lazyPlanServiceNode;
      };
    }
    function curryHandlePlanServiceNodeBuildFromResolvedValueElementMetadata(buildLazyPlanServiceNodeNodeFromResolvedValueElementMetadata, buildPlanServiceNodeFromResolvedValueElementMetadata) {
      return (params, bindingConstraintsList, elementMetadata) => {
        const getPlanOptions = (0, tryBuildGetPlanOptionsFromResolvedValueElementMetadata_1.tryBuildGetPlanOptionsFromResolvedValueElementMetadata)(elementMetadata);
        if (getPlanOptions !== void 0) {
          const planResult = params.operations.getPlan(getPlanOptions);
          if (planResult !== void 0 && planResult.tree.root.isContextFree) {
            return planResult.tree.root;
          }
        }
        const serviceNode = buildPlanServiceNodeFromResolvedValueElementMetadata(params, bindingConstraintsList, elementMetadata);
        const lazyPlanServiceNode = new LazyResolvedValueMetadataPlanServiceNode(params, buildLazyPlanServiceNodeNodeFromResolvedValueElementMetadata, bindingConstraintsList, elementMetadata, serviceNode);
        (0, cacheNonRootPlanServiceNode_1.cacheNonRootPlanServiceNode)(getPlanOptions, params.operations, lazyPlanServiceNode, {
          bindingConstraintsList,
          chainedBindings: elementMetadata.kind === ResolvedValueElementMetadataKind_1.ResolvedValueElementMetadataKind.multipleInjection && elementMetadata.chained,
          optionalBindings: elementMetadata.optional
        });
        return lazyPlanServiceNode;
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/actions/plan.js
var require_plan = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/actions/plan.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.buildPlanServiceNodeFromResolvedValueElementMetadata = exports2.buildPlanServiceNodeFromClassElementMetadata = void 0;
    exports2.plan = plan;
    var buildGetPlanOptionsFromPlanParams_1 = require_buildGetPlanOptionsFromPlanParams();
    var handlePlanError_1 = require_handlePlanError();
    var LazyPlanServiceNode_1 = require_LazyPlanServiceNode();
    var curryBuildPlanServiceNode_1 = require_curryBuildPlanServiceNode();
    var curryBuildPlanServiceNodeFromClassElementMetadata_1 = require_curryBuildPlanServiceNodeFromClassElementMetadata();
    var curryBuildPlanServiceNodeFromResolvedValueElementMetadata_1 = require_curryBuildPlanServiceNodeFromResolvedValueElementMetadata();
    var curryBuildServiceNodeBindings_1 = require_curryBuildServiceNodeBindings();
    var currySubplan_1 = require_currySubplan();
    var LazyRootPlanServiceNode = class extends LazyPlanServiceNode_1.LazyPlanServiceNode {
      #params;
      constructor(params, serviceNode) {
        super(serviceNode, serviceNode.serviceIdentifier);
        this.#params = params;
      }
      _buildPlanServiceNode() {
        return buildPlanServiceNode(this.#params);
      }
    };
    exports2.buildPlanServiceNodeFromClassElementMetadata = (0, curryBuildPlanServiceNodeFromClassElementMetadata_1.curryBuildPlanServiceNodeFromClassElementMetadata)(circularBuildServiceNodeBindings);
    exports2.buildPlanServiceNodeFromResolvedValueElementMetadata = (0, curryBuildPlanServiceNodeFromResolvedValueElementMetadata_1.curryBuildPlanServiceNodeFromResolvedValueElementMetadata)(circularBuildServiceNodeBindings);
    var subplan = (0, currySubplan_1.currySubplan)(exports2.buildPlanServiceNodeFromClassElementMetadata, exports2.buildPlanServiceNodeFromResolvedValueElementMetadata, exports2.buildPlanServiceNodeFromClassElementMetadata, exports2.buildPlanServiceNodeFromResolvedValueElementMetadata);
    var buildServiceNodeBindings = (0, curryBuildServiceNodeBindings_1.curryBuildServiceNodeBindings)(subplan);
    function circularBuildServiceNodeBindings(params, bindingConstraintsList, serviceBindings, parentNode, chainedBindings) {
      return buildServiceNodeBindings(params, bindingConstraintsList, serviceBindings, parentNode, chainedBindings);
    }
    var buildPlanServiceNode = (0, curryBuildPlanServiceNode_1.curryBuildPlanServiceNode)(buildServiceNodeBindings);
    function plan(params) {
      try {
        const getPlanOptions = (0, buildGetPlanOptionsFromPlanParams_1.buildGetPlanOptionsFromPlanParams)(params);
        const planResultFromCache = params.operations.getPlan(getPlanOptions);
        if (planResultFromCache !== void 0) {
          return planResultFromCache;
        }
        const serviceNode = buildPlanServiceNode(params);
        const planResult = {
          tree: {
            root: new LazyRootPlanServiceNode(params, serviceNode)
          }
        };
        params.operations.setPlan(getPlanOptions, planResult);
        return planResult;
      } catch (error) {
        (0, handlePlanError_1.handlePlanError)(params, error);
      }
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/models/CacheBindingInvalidationKind.js
var require_CacheBindingInvalidationKind = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/models/CacheBindingInvalidationKind.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.CacheBindingInvalidationKind = void 0;
    var CacheBindingInvalidationKind;
    (function(CacheBindingInvalidationKind2) {
      CacheBindingInvalidationKind2["bindingAdded"] = "bindingAdded";
      CacheBindingInvalidationKind2["bindingRemoved"] = "bindingRemoved";
    })(CacheBindingInvalidationKind || (exports2.CacheBindingInvalidationKind = CacheBindingInvalidationKind = {}));
  }
});

// node_modules/@inversifyjs/core/lib/cjs/common/models/WeakList.js
var require_WeakList = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/common/models/WeakList.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.WeakList = void 0;
    var DEFAULT_MINIMUM_LENGTH_TO_REALLOCATE = 8;
    var DEFAULT_MODULUS_TO_REALLOCATE_ON_PUSH = 1024;
    var MIN_DEAD_REFS_FOR_REALLOCATION_PERCENTAGE = 0.5;
    var WeakList = class {
      #list;
      #minimumLengthToReallocate;
      #modulusToReallocateOnPush;
      constructor() {
        this.#list = [];
        this.#minimumLengthToReallocate = DEFAULT_MINIMUM_LENGTH_TO_REALLOCATE;
        this.#modulusToReallocateOnPush = DEFAULT_MODULUS_TO_REALLOCATE_ON_PUSH;
      }
      *[Symbol.iterator]() {
        let deadRefCount = 0;
        for (const weakRef of this.#list) {
          const value = weakRef.deref();
          if (value === void 0) {
            ++deadRefCount;
          } else {
            yield value;
          }
        }
        if (this.#list.length >= this.#minimumLengthToReallocate && this.#shouldReallocate(deadRefCount)) {
          this.#reallocate(deadRefCount);
        }
      }
      push(value) {
        const weakRef = new WeakRef(value);
        this.#list.push(weakRef);
        if (this.#list.length >= this.#minimumLengthToReallocate && this.#list.length % this.#modulusToReallocateOnPush === 0) {
          let deadRefCount = 0;
          for (const ref of this.#list) {
            if (ref.deref() === void 0) {
              ++deadRefCount;
            }
          }
          if (this.#shouldReallocate(deadRefCount)) {
            this.#reallocate(deadRefCount);
          }
        }
      }
      #reallocate(deadRefCount) {
        const newList = new Array(this.#list.length - deadRefCount);
        let i = 0;
        for (const ref of this.#list) {
          if (ref.deref()) {
            newList[i++] = ref;
          }
        }
        this.#list = newList;
      }
      #shouldReallocate(deadRefCount) {
        return deadRefCount >= this.#list.length * MIN_DEAD_REFS_FOR_REALLOCATION_PERCENTAGE;
      }
    };
    exports2.WeakList = WeakList;
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/actions/curryLazyBuildPlanServiceNodeFromClassElementMetadata.js
var require_curryLazyBuildPlanServiceNodeFromClassElementMetadata = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/actions/curryLazyBuildPlanServiceNodeFromClassElementMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.curryLazyBuildPlanServiceNodeFromClassElementMetadata = curryLazyBuildPlanServiceNodeFromClassElementMetadata;
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    var curryBuildPlanServiceNodeFromClassElementMetadata_1 = require_curryBuildPlanServiceNodeFromClassElementMetadata();
    function curryLazyBuildPlanServiceNodeFromClassElementMetadata(buildServiceNodeBindings) {
      const buildPlanServiceNodeFromClassElementMetadata = (0, curryBuildPlanServiceNodeFromClassElementMetadata_1.curryBuildPlanServiceNodeFromClassElementMetadata)(buildServiceNodeBindings);
      return (params, bindingConstraintsList, elementMetadata) => {
        try {
          return buildPlanServiceNodeFromClassElementMetadata(params, bindingConstraintsList, elementMetadata);
        } catch (error) {
          if (InversifyCoreError_1.InversifyCoreError.isErrorOfKind(error, InversifyCoreErrorKind_1.InversifyCoreErrorKind.planning)) {
            return void 0;
          }
          throw error;
        }
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/actions/curryLazyBuildPlanServiceNodeFromResolvedValueElementMetadata.js
var require_curryLazyBuildPlanServiceNodeFromResolvedValueElementMetadata = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/actions/curryLazyBuildPlanServiceNodeFromResolvedValueElementMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.curryLazyBuildPlanServiceNodeFromResolvedValueElementMetadata = curryLazyBuildPlanServiceNodeFromResolvedValueElementMetadata;
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    var curryBuildPlanServiceNodeFromResolvedValueElementMetadata_1 = require_curryBuildPlanServiceNodeFromResolvedValueElementMetadata();
    function curryLazyBuildPlanServiceNodeFromResolvedValueElementMetadata(buildServiceNodeBindings) {
      const buildPlanServiceNodeFromResolvedValueElementMetadata = (0, curryBuildPlanServiceNodeFromResolvedValueElementMetadata_1.curryBuildPlanServiceNodeFromResolvedValueElementMetadata)(buildServiceNodeBindings);
      return (params, bindingConstraintsList, elementMetadata) => {
        try {
          return buildPlanServiceNodeFromResolvedValueElementMetadata(params, bindingConstraintsList, elementMetadata);
        } catch (error) {
          if (InversifyCoreError_1.InversifyCoreError.isErrorOfKind(error, InversifyCoreErrorKind_1.InversifyCoreErrorKind.planning)) {
            return void 0;
          }
          throw error;
        }
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/actions/addServiceNodeBindingIfContextFree.js
var require_addServiceNodeBindingIfContextFree = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/actions/addServiceNodeBindingIfContextFree.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.addServiceNodeBindingIfContextFree = addServiceNodeBindingIfContextFree;
    var BindingConstraintsImplementation_1 = require_BindingConstraintsImplementation();
    var isStackOverflowError_1 = require_isStackOverflowError();
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    var LazyPlanServiceNode_1 = require_LazyPlanServiceNode();
    var curryBuildServiceNodeBindings_1 = require_curryBuildServiceNodeBindings();
    var curryLazyBuildPlanServiceNodeFromClassElementMetadata_1 = require_curryLazyBuildPlanServiceNodeFromClassElementMetadata();
    var curryLazyBuildPlanServiceNodeFromResolvedValueElementMetadata_1 = require_curryLazyBuildPlanServiceNodeFromResolvedValueElementMetadata();
    var currySubplan_1 = require_currySubplan();
    var plan_1 = require_plan();
    var subplan = (0, currySubplan_1.currySubplan)(plan_1.buildPlanServiceNodeFromClassElementMetadata, plan_1.buildPlanServiceNodeFromResolvedValueElementMetadata, circularLazyBuildPlanServiceNodeFromClassElementMetadata, circularLazyBuildPlanServiceNodeFromResolvedValueElementMetadata);
    var buildServiceNodeBindings = (0, curryBuildServiceNodeBindings_1.curryBuildServiceNodeBindings)(subplan);
    var lazyBuildPlanServiceNodeFromClassElementMetadata = (0, curryLazyBuildPlanServiceNodeFromClassElementMetadata_1.curryLazyBuildPlanServiceNodeFromClassElementMetadata)(buildServiceNodeBindings);
    var lazyBuildPlanServiceNodeFromResolvedValueElementMetadata = (0, curryLazyBuildPlanServiceNodeFromResolvedValueElementMetadata_1.curryLazyBuildPlanServiceNodeFromResolvedValueElementMetadata)(buildServiceNodeBindings);
    function circularLazyBuildPlanServiceNodeFromClassElementMetadata(params, bindingConstraintsList, elementMetadata) {
      return lazyBuildPlanServiceNodeFromClassElementMetadata(params, bindingConstraintsList, elementMetadata);
    }
    function circularLazyBuildPlanServiceNodeFromResolvedValueElementMetadata(params, bindingConstraintsList, elementMetadata) {
      return lazyBuildPlanServiceNodeFromResolvedValueElementMetadata(params, bindingConstraintsList, elementMetadata);
    }
    function addServiceNodeBindingIfContextFree(params, serviceNode, binding, bindingConstraintsList, chainedBindings) {
      if (LazyPlanServiceNode_1.LazyPlanServiceNode.is(serviceNode) && !serviceNode.isExpanded()) {
        return {
          isContextFreeBinding: true,
          shouldInvalidateServiceNode: false
        };
      }
      const bindingConstraints = new BindingConstraintsImplementation_1.BindingConstraintsImplementation(bindingConstraintsList.last);
      if (!binding.isSatisfiedBy(bindingConstraints) || bindingConstraintsList.last.elem.getAncestorsCalled) {
        return {
          isContextFreeBinding: !bindingConstraintsList.last.elem.getAncestorsCalled,
          shouldInvalidateServiceNode: false
        };
      }
      return addServiceNodeSatisfiedBindingIfContextFree(params, serviceNode, binding, bindingConstraintsList, chainedBindings);
    }
    function addServiceNodeSatisfiedBindingIfContextFree(params, serviceNode, binding, bindingConstraintsList, chainedBindings) {
      let serviceNodeBinding;
      try {
        [serviceNodeBinding] = buildServiceNodeBindings(params, bindingConstraintsList, [binding], serviceNode, chainedBindings);
      } catch (error) {
        if ((0, isStackOverflowError_1.isStackOverflowError)(error)) {
          return {
            isContextFreeBinding: false,
            shouldInvalidateServiceNode: true
          };
        }
        throw error;
      }
      return addServiceNodeBindingNodeIfContextFree(serviceNode, serviceNodeBinding);
    }
    function addServiceNodeBindingNodeIfContextFree(serviceNode, serviceNodeBinding) {
      if (Array.isArray(serviceNode.bindings)) {
        serviceNode.bindings.push(serviceNodeBinding);
      } else {
        if (serviceNode.bindings === void 0) {
          serviceNode.bindings = serviceNodeBinding;
        } else {
          if (!LazyPlanServiceNode_1.LazyPlanServiceNode.is(serviceNode)) {
            throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.planning, "Unexpected non-lazy plan service node. This is likely a bug in the planning logic. Please, report this issue");
          }
          return {
            isContextFreeBinding: true,
            shouldInvalidateServiceNode: true
          };
        }
      }
      return {
        isContextFreeBinding: true,
        shouldInvalidateServiceNode: false
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/actions/addRootServiceNodeBindingIfContextFree.js
var require_addRootServiceNodeBindingIfContextFree = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/actions/addRootServiceNodeBindingIfContextFree.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.addRootServiceNodeBindingIfContextFree = addRootServiceNodeBindingIfContextFree;
    var buildPlanBindingConstraintsList_1 = require_buildPlanBindingConstraintsList();
    var LazyPlanServiceNode_1 = require_LazyPlanServiceNode();
    var addServiceNodeBindingIfContextFree_1 = require_addServiceNodeBindingIfContextFree();
    function addRootServiceNodeBindingIfContextFree(params, serviceNode, binding) {
      if (LazyPlanServiceNode_1.LazyPlanServiceNode.is(serviceNode) && !serviceNode.isExpanded()) {
        return {
          isContextFreeBinding: true,
          shouldInvalidateServiceNode: false
        };
      }
      const bindingConstraintsList = (0, buildPlanBindingConstraintsList_1.buildPlanBindingConstraintsList)(params);
      const chained = params.rootConstraints.isMultiple && params.rootConstraints.chained;
      return (0, addServiceNodeBindingIfContextFree_1.addServiceNodeBindingIfContextFree)(params, serviceNode, binding, bindingConstraintsList, chained);
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/actions/removeServiceNodeBindingIfContextFree.js
var require_removeServiceNodeBindingIfContextFree = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/actions/removeServiceNodeBindingIfContextFree.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.removeServiceNodeBindingIfContextFree = removeServiceNodeBindingIfContextFree;
    var BindingConstraintsImplementation_1 = require_BindingConstraintsImplementation();
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    var LazyPlanServiceNode_1 = require_LazyPlanServiceNode();
    function removeServiceNodeBindingIfContextFree(serviceNode, binding, bindingConstraintsList, optionalBindings) {
      if (LazyPlanServiceNode_1.LazyPlanServiceNode.is(serviceNode) && !serviceNode.isExpanded()) {
        return {
          bindingNodeRemoved: void 0,
          isContextFreeBinding: true
        };
      }
      const bindingConstraints = new BindingConstraintsImplementation_1.BindingConstraintsImplementation(bindingConstraintsList.last);
      if (!binding.isSatisfiedBy(bindingConstraints) || bindingConstraintsList.last.elem.getAncestorsCalled) {
        return {
          bindingNodeRemoved: void 0,
          isContextFreeBinding: !bindingConstraintsList.last.elem.getAncestorsCalled
        };
      }
      let bindingNodeRemoved;
      if (Array.isArray(serviceNode.bindings)) {
        serviceNode.bindings = serviceNode.bindings.filter((bindingNode) => {
          if (bindingNode.binding === binding) {
            bindingNodeRemoved = bindingNode;
            return false;
          }
          return true;
        });
      } else {
        if (serviceNode.bindings?.binding === binding) {
          bindingNodeRemoved = serviceNode.bindings;
          if (optionalBindings) {
            serviceNode.bindings = void 0;
          } else {
            if (!LazyPlanServiceNode_1.LazyPlanServiceNode.is(serviceNode)) {
              throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.planning, "Unexpected non-lazy plan service node. This is likely a bug in the planning logic. Please, report this issue");
            }
            serviceNode.invalidate();
          }
        }
      }
      return {
        bindingNodeRemoved,
        isContextFreeBinding: true
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/actions/removeRootServiceNodeBindingIfContextFree.js
var require_removeRootServiceNodeBindingIfContextFree = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/actions/removeRootServiceNodeBindingIfContextFree.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.removeRootServiceNodeBindingIfContextFree = removeRootServiceNodeBindingIfContextFree;
    var buildPlanBindingConstraintsList_1 = require_buildPlanBindingConstraintsList();
    var LazyPlanServiceNode_1 = require_LazyPlanServiceNode();
    var removeServiceNodeBindingIfContextFree_1 = require_removeServiceNodeBindingIfContextFree();
    function removeRootServiceNodeBindingIfContextFree(params, serviceNode, binding) {
      if (LazyPlanServiceNode_1.LazyPlanServiceNode.is(serviceNode) && !serviceNode.isExpanded()) {
        return {
          bindingNodeRemoved: void 0,
          isContextFreeBinding: true
        };
      }
      const bindingConstraintsList = (0, buildPlanBindingConstraintsList_1.buildPlanBindingConstraintsList)(params);
      return (0, removeServiceNodeBindingIfContextFree_1.removeServiceNodeBindingIfContextFree)(serviceNode, binding, bindingConstraintsList, params.rootConstraints.isOptional ?? false);
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/services/PlanResultCacheService.js
var require_PlanResultCacheService = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/services/PlanResultCacheService.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.PlanResultCacheService = void 0;
    var BindingType_1 = require_BindingType();
    var WeakList_1 = require_WeakList();
    var addRootServiceNodeBindingIfContextFree_1 = require_addRootServiceNodeBindingIfContextFree();
    var addServiceNodeBindingIfContextFree_1 = require_addServiceNodeBindingIfContextFree();
    var removeRootServiceNodeBindingIfContextFree_1 = require_removeRootServiceNodeBindingIfContextFree();
    var removeServiceNodeBindingIfContextFree_1 = require_removeServiceNodeBindingIfContextFree();
    var CacheBindingInvalidationKind_1 = require_CacheBindingInvalidationKind();
    var LazyPlanServiceNode_1 = require_LazyPlanServiceNode();
    var CHAINED_MASK = 4;
    var IS_MULTIPLE_MASK = 2;
    var OPTIONAL_MASK = 1;
    var MAP_ARRAY_LENGTH = 8;
    var PlanResultCacheService = class {
      #serviceIdToNonCachedServiceNodeMapMap;
      #serviceIdToValuePlanMap;
      #namedServiceIdToValuePlanMap;
      #namedTaggedServiceIdToValuePlanMap;
      #taggedServiceIdToValuePlanMap;
      #subscribers;
      constructor() {
        this.#serviceIdToNonCachedServiceNodeMapMap = /* @__PURE__ */ new Map();
        this.#serviceIdToValuePlanMap = this.#buildInitializedMapArray();
        this.#namedServiceIdToValuePlanMap = this.#buildInitializedMapArray();
        this.#namedTaggedServiceIdToValuePlanMap = this.#buildInitializedMapArray();
        this.#taggedServiceIdToValuePlanMap = this.#buildInitializedMapArray();
        this.#subscribers = new WeakList_1.WeakList();
      }
      clearCache() {
        for (const map of this.#getMaps()) {
          map.clear();
        }
        for (const subscriber of this.#subscribers) {
          subscriber.clearCache();
        }
      }
      get(options) {
        if (options.name === void 0) {
          if (options.tag === void 0) {
            return this.#getMapFromMapArray(this.#serviceIdToValuePlanMap, options).get(options.serviceIdentifier);
          } else {
            return this.#getMapFromMapArray(this.#taggedServiceIdToValuePlanMap, options).get(options.serviceIdentifier)?.get(options.tag.key)?.get(options.tag.value);
          }
        } else {
          if (options.tag === void 0) {
            return this.#getMapFromMapArray(this.#namedServiceIdToValuePlanMap, options).get(options.serviceIdentifier)?.get(options.name);
          } else {
            return this.#getMapFromMapArray(this.#namedTaggedServiceIdToValuePlanMap, options).get(options.serviceIdentifier)?.get(options.name)?.get(options.tag.key)?.get(options.tag.value);
          }
        }
      }
      invalidateServiceBinding(invalidation) {
        this.#invalidateServiceMap(invalidation);
        this.#invalidateNamedServiceMap(invalidation);
        this.#invalidateNamedTaggedServiceMap(invalidation);
        this.#invalidateTaggedServiceMap(invalidation);
        this.#invalidateNonCachedServiceNodeSetMap(invalidation);
        for (const subscriber of this.#subscribers) {
          subscriber.invalidateServiceBinding(invalidation);
        }
      }
      set(options, planResult) {
        if (options.name === void 0) {
          if (options.tag === void 0) {
            this.#getMapFromMapArray(this.#serviceIdToValuePlanMap, options).set(options.serviceIdentifier, planResult);
          } else {
            this.#getOrBuildMapValueFromMapMap(this.#getOrBuildMapValueFromMapMap(this.#getMapFromMapArray(this.#taggedServiceIdToValuePlanMap, options), options.serviceIdentifier), options.tag.key).set(options.tag.value, planResult);
          }
        } else {
          if (options.tag === void 0) {
            this.#getOrBuildMapValueFromMapMap(this.#getMapFromMapArray(this.#namedServiceIdToValuePlanMap, options), options.serviceIdentifier).set(options.name, planResult);
          } else {
            this.#getOrBuildMapValueFromMapMap(this.#getOrBuildMapValueFromMapMap(this.#getOrBuildMapValueFromMapMap(this.#getMapFromMapArray(this.#namedTaggedServiceIdToValuePlanMap, options), options.serviceIdentifier), options.name), options.tag.key).set(options.tag.value, planResult);
          }
        }
      }
      setNonCachedServiceNode(node, context) {
        let nonCachedMap = this.#serviceIdToNonCachedServiceNodeMapMap.get(node.serviceIdentifier);
        if (nonCachedMap === void 0) {
          nonCachedMap = /* @__PURE__ */ new Map();
          this.#serviceIdToNonCachedServiceNodeMapMap.set(node.serviceIdentifier, nonCachedMap);
        }
        nonCachedMap.set(node, context);
      }
      subscribe(subscriber) {
        this.#subscribers.push(subscriber);
      }
      #buildInitializedMapArray() {
        const mapArray = new Array(MAP_ARRAY_LENGTH);
        for (let i = 0; i < mapArray.length; ++i) {
          mapArray[i] = /* @__PURE__ */ new Map();
        }
        return mapArray;
      }
      #buildUpdatePlanParams(invalidation, index, name, tag) {
        const isMultiple = (index & IS_MULTIPLE_MASK) !== 0;
        let planParamsConstraint;
        if (isMultiple) {
          const isChained = (index & IS_MULTIPLE_MASK & CHAINED_MASK) !== 0;
          planParamsConstraint = {
            chained: isChained,
            isMultiple,
            serviceIdentifier: invalidation.binding.serviceIdentifier
          };
        } else {
          planParamsConstraint = {
            isMultiple,
            serviceIdentifier: invalidation.binding.serviceIdentifier
          };
        }
        const isOptional = (index & OPTIONAL_MASK) !== 0;
        if (isOptional) {
          planParamsConstraint.isOptional = true;
        }
        if (name !== void 0) {
          planParamsConstraint.name = name;
        }
        if (tag !== void 0) {
          planParamsConstraint.tag = tag;
        }
        return {
          autobindOptions: void 0,
          operations: invalidation.operations,
          rootConstraints: planParamsConstraint,
          servicesBranch: []
        };
      }
      #getOrBuildMapValueFromMapMap(map, key) {
        let valueMap = map.get(key);
        if (valueMap === void 0) {
          valueMap = /* @__PURE__ */ new Map();
          map.set(key, valueMap);
        }
        return valueMap;
      }
      #getMapFromMapArray(mapArray, options) {
        return mapArray[this.#getMapArrayIndex(options)];
      }
      #getMaps() {
        return [
          this.#serviceIdToNonCachedServiceNodeMapMap,
          ...this.#serviceIdToValuePlanMap,
          ...this.#namedServiceIdToValuePlanMap,
          ...this.#namedTaggedServiceIdToValuePlanMap,
          ...this.#taggedServiceIdToValuePlanMap
        ];
      }
      #getMapArrayIndex(options) {
        if (options.isMultiple) {
          return (options.chained ? CHAINED_MASK : 0) | (options.optional ? OPTIONAL_MASK : 0) | IS_MULTIPLE_MASK;
        } else {
          return options.optional ? OPTIONAL_MASK : 0;
        }
      }
      #invalidateNamedServiceMap(invalidation) {
        for (const [index, map] of this.#namedServiceIdToValuePlanMap.entries()) {
          const servicePlans = map.get(invalidation.binding.serviceIdentifier);
          if (servicePlans !== void 0) {
            for (const [name, servicePlan] of servicePlans.entries()) {
              this.#updatePlan(invalidation, servicePlan, index, name, void 0);
            }
          }
        }
      }
      #invalidateNamedTaggedServiceMap(invalidation) {
        for (const [index, map] of this.#namedTaggedServiceIdToValuePlanMap.entries()) {
          const servicePlanMapMapMap = map.get(invalidation.binding.serviceIdentifier);
          if (servicePlanMapMapMap !== void 0) {
            for (const [name, servicePlanMapMap] of servicePlanMapMapMap.entries()) {
              for (const [tag, servicePlanMap] of servicePlanMapMap.entries()) {
                for (const [tagValue, servicePlan] of servicePlanMap.entries()) {
                  this.#updatePlan(invalidation, servicePlan, index, name, {
                    key: tag,
                    value: tagValue
                  });
                }
              }
            }
          }
        }
      }
      #invalidateNonCachePlanBindingNodeDescendents(planBindingNode) {
        switch (planBindingNode.binding.type) {
          case BindingType_1.bindingTypeValues.ServiceRedirection:
            for (const redirection of planBindingNode.redirections) {
              this.#invalidateNonCachePlanBindingNodeDescendents(redirection);
            }
            break;
          case BindingType_1.bindingTypeValues.Instance:
            for (const constructorParam of planBindingNode.constructorParams) {
              if (constructorParam !== void 0) {
                this.#invalidateNonCachePlanServiceNode(constructorParam);
              }
            }
            for (const propertyParam of planBindingNode.propertyParams.values()) {
              this.#invalidateNonCachePlanServiceNode(propertyParam);
            }
            break;
          case BindingType_1.bindingTypeValues.ResolvedValue:
            for (const resolvedValue of planBindingNode.params) {
              this.#invalidateNonCachePlanServiceNode(resolvedValue);
            }
            break;
          default:
        }
      }
      #invalidateNonCachePlanServiceNode(planServiceNode) {
        const serviceNonCachedMap = this.#serviceIdToNonCachedServiceNodeMapMap.get(planServiceNode.serviceIdentifier);
        if (serviceNonCachedMap === void 0 || !serviceNonCachedMap.has(planServiceNode)) {
          return;
        }
        serviceNonCachedMap.delete(planServiceNode);
        this.#invalidateNonCachePlanServiceNodeDescendents(planServiceNode);
      }
      #invalidateNonCachePlanServiceNodeDescendents(planServiceNode) {
        if (LazyPlanServiceNode_1.LazyPlanServiceNode.is(planServiceNode) && !planServiceNode.isExpanded()) {
          return;
        }
        if (planServiceNode.bindings === void 0) {
          return;
        }
        if (Array.isArray(planServiceNode.bindings)) {
          for (const binding of planServiceNode.bindings) {
            this.#invalidateNonCachePlanBindingNodeDescendents(binding);
          }
        } else {
          this.#invalidateNonCachePlanBindingNodeDescendents(planServiceNode.bindings);
        }
      }
      #invalidateNonCachedServiceNodeSetMap(invalidation) {
        const serviceNonCachedServiceNodeMap = this.#serviceIdToNonCachedServiceNodeMapMap.get(invalidation.binding.serviceIdentifier);
        if (serviceNonCachedServiceNodeMap !== void 0) {
          switch (invalidation.kind) {
            case CacheBindingInvalidationKind_1.CacheBindingInvalidationKind.bindingAdded:
              for (const [serviceNode, context] of serviceNonCachedServiceNodeMap) {
                const result = (0, addServiceNodeBindingIfContextFree_1.addServiceNodeBindingIfContextFree)({
                  autobindOptions: void 0,
                  operations: invalidation.operations,
                  servicesBranch: []
                }, serviceNode, invalidation.binding, context.bindingConstraintsList, context.chainedBindings);
                if (result.isContextFreeBinding) {
                  if (result.shouldInvalidateServiceNode && LazyPlanServiceNode_1.LazyPlanServiceNode.is(serviceNode)) {
                    this.#invalidateNonCachePlanServiceNodeDescendents(serviceNode);
                    serviceNode.invalidate();
                  }
                } else {
                  this.clearCache();
                }
              }
              break;
            case CacheBindingInvalidationKind_1.CacheBindingInvalidationKind.bindingRemoved:
              for (const [serviceNode, context] of serviceNonCachedServiceNodeMap) {
                const result = (0, removeServiceNodeBindingIfContextFree_1.removeServiceNodeBindingIfContextFree)(serviceNode, invalidation.binding, context.bindingConstraintsList, context.optionalBindings);
                if (result.isContextFreeBinding) {
                  if (result.bindingNodeRemoved !== void 0) {
                    this.#invalidateNonCachePlanBindingNodeDescendents(result.bindingNodeRemoved);
                  }
                } else {
                  this.clearCache();
                }
              }
              break;
          }
        }
      }
      #invalidateServiceMap(invalidation) {
        for (const [index, map] of this.#serviceIdToValuePlanMap.entries()) {
          const servicePlan = map.get(invalidation.binding.serviceIdentifier);
          this.#updatePlan(invalidation, servicePlan, index, void 0, void 0);
        }
      }
      #invalidateTaggedServiceMap(invalidation) {
        for (const [index, map] of this.#taggedServiceIdToValuePlanMap.entries()) {
          const servicePlanMapMap = map.get(invalidation.binding.serviceIdentifier);
          if (servicePlanMapMap !== void 0) {
            for (const [tag, servicePlanMap] of servicePlanMapMap.entries()) {
              for (const [tagValue, servicePlan] of servicePlanMap.entries()) {
                this.#updatePlan(invalidation, servicePlan, index, void 0, {
                  key: tag,
                  value: tagValue
                });
              }
            }
          }
        }
      }
      #updatePlan(invalidation, servicePlan, index, name, tag) {
        if (servicePlan !== void 0 && LazyPlanServiceNode_1.LazyPlanServiceNode.is(servicePlan.tree.root)) {
          const planParams = this.#buildUpdatePlanParams(invalidation, index, name, tag);
          switch (invalidation.kind) {
            case CacheBindingInvalidationKind_1.CacheBindingInvalidationKind.bindingAdded:
              {
                const result = (0, addRootServiceNodeBindingIfContextFree_1.addRootServiceNodeBindingIfContextFree)(planParams, servicePlan.tree.root, invalidation.binding);
                if (result.isContextFreeBinding) {
                  if (result.shouldInvalidateServiceNode) {
                    this.#invalidateNonCachePlanServiceNodeDescendents(servicePlan.tree.root);
                    servicePlan.tree.root.invalidate();
                  }
                } else {
                  this.clearCache();
                }
              }
              break;
            case CacheBindingInvalidationKind_1.CacheBindingInvalidationKind.bindingRemoved:
              {
                const result = (0, removeRootServiceNodeBindingIfContextFree_1.removeRootServiceNodeBindingIfContextFree)(planParams, servicePlan.tree.root, invalidation.binding);
                if (result.isContextFreeBinding) {
                  if (result.bindingNodeRemoved !== void 0) {
                    this.#invalidateNonCachePlanBindingNodeDescendents(result.bindingNodeRemoved);
                  }
                } else {
                  this.clearCache();
                }
              }
              break;
          }
        }
      }
    };
    exports2.PlanResultCacheService = PlanResultCacheService;
  }
});

// node_modules/@inversifyjs/core/lib/cjs/planning/calculations/handleResolveError.js
var require_handleResolveError = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/planning/calculations/handleResolveError.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.handleResolveError = handleResolveError;
    var common_1 = require_cjs();
    var BindingType_1 = require_BindingType();
    var isStackOverflowError_1 = require_isStackOverflowError();
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    var isPlanServiceRedirectionBindingNode_1 = require_isPlanServiceRedirectionBindingNode();
    var INDEX_NOT_FOUND = -1;
    function handleResolveError(params, error) {
      if ((0, isStackOverflowError_1.isStackOverflowError)(error)) {
        const stringifiedCircularDependencies = stringifyServiceIdentifierTrace(extractLikelyCircularDependency(params));
        throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.planning, `Circular dependency found: ${stringifiedCircularDependencies}`, { cause: error });
      }
      throw error;
    }
    function extractLikelyCircularDependency(params) {
      const root = params.planResult.tree.root;
      const stack = [];
      function depthFirstSearch(node) {
        const existingIndex = stack.indexOf(node);
        if (existingIndex !== INDEX_NOT_FOUND) {
          const cycleNodes = [
            ...stack.slice(existingIndex),
            node
          ];
          return cycleNodes.map((n) => n.serviceIdentifier);
        }
        stack.push(node);
        try {
          for (const child of getChildServiceNodes(node)) {
            const result2 = depthFirstSearch(child);
            if (result2 !== void 0) {
              return result2;
            }
          }
        } finally {
          stack.pop();
        }
        return void 0;
      }
      const result = depthFirstSearch(root);
      return result ?? [];
    }
    function getChildServiceNodes(serviceNode) {
      const children = [];
      const bindings = serviceNode.bindings;
      if (bindings === void 0) {
        return children;
      }
      const processBindingNode = (bindingNode) => {
        if ((0, isPlanServiceRedirectionBindingNode_1.isPlanServiceRedirectionBindingNode)(bindingNode)) {
          for (const redirection of bindingNode.redirections) {
            processBindingNode(redirection);
          }
          return;
        }
        switch (bindingNode.binding.type) {
          case BindingType_1.bindingTypeValues.Instance: {
            const instanceNode = bindingNode;
            for (const ctorParam of instanceNode.constructorParams) {
              if (ctorParam !== void 0) {
                children.push(ctorParam);
              }
            }
            for (const propParam of instanceNode.propertyParams.values()) {
              children.push(propParam);
            }
            break;
          }
          case BindingType_1.bindingTypeValues.ResolvedValue: {
            const resolvedValueNode = bindingNode;
            for (const param of resolvedValueNode.params) {
              children.push(param);
            }
            break;
          }
          default:
            break;
        }
      };
      if (Array.isArray(bindings)) {
        for (const bindingNode of bindings) {
          processBindingNode(bindingNode);
        }
      } else {
        processBindingNode(bindings);
      }
      return children;
    }
    function stringifyServiceIdentifierTrace(serviceIdentifiers) {
      const serviceIdentifiersArray = [...serviceIdentifiers];
      if (serviceIdentifiersArray.length === 0) {
        return "(No dependency trace)";
      }
      return serviceIdentifiersArray.map(common_1.stringifyServiceIdentifier).join(" -> ");
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/calculations/resolveConstantValueBindingCallback.js
var require_resolveConstantValueBindingCallback = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/calculations/resolveConstantValueBindingCallback.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveConstantValueBindingCallback = resolveConstantValueBindingCallback;
    function resolveConstantValueBindingCallback(_params, binding) {
      return binding.value;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/cacheResolvedValue.js
var require_cacheResolvedValue = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/cacheResolvedValue.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.cacheResolvedValue = cacheResolvedValue;
    var common_1 = require_cjs();
    function cacheResolvedValue(binding, resolvedValue) {
      if ((0, common_1.isPromise)(resolvedValue)) {
        binding.cache = {
          isRight: true,
          value: resolvedValue
        };
        return resolvedValue.then((syncResolvedValue) => cacheSyncResolvedValue(binding, syncResolvedValue));
      }
      return cacheSyncResolvedValue(binding, resolvedValue);
    }
    function cacheSyncResolvedValue(binding, resolvedValue) {
      binding.cache = {
        isRight: true,
        value: resolvedValue
      };
      return resolvedValue;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveBindingServiceActivations.js
var require_resolveBindingServiceActivations = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveBindingServiceActivations.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveBindingServiceActivations = resolveBindingServiceActivations;
    var common_1 = require_cjs();
    function resolveBindingServiceActivations(params, serviceIdentifier, value) {
      const activations = params.getActivations(serviceIdentifier);
      if (activations === void 0) {
        return value;
      }
      if ((0, common_1.isPromise)(value)) {
        return resolveBindingActivationsFromIteratorAsync(params, value, activations[Symbol.iterator]());
      }
      return resolveBindingActivationsFromIterator(params, value, activations[Symbol.iterator]());
    }
    function resolveBindingActivationsFromIterator(params, value, activationsIterator) {
      let activatedValue = value;
      let activationIteratorResult = activationsIterator.next();
      while (activationIteratorResult.done !== true) {
        const nextActivatedValue = activationIteratorResult.value(params.context, activatedValue);
        if ((0, common_1.isPromise)(nextActivatedValue)) {
          return resolveBindingActivationsFromIteratorAsync(params, nextActivatedValue, activationsIterator);
        } else {
          activatedValue = nextActivatedValue;
        }
        activationIteratorResult = activationsIterator.next();
      }
      return activatedValue;
    }
    async function resolveBindingActivationsFromIteratorAsync(params, value, activationsIterator) {
      let activatedValue = await value;
      let activationIteratorResult = activationsIterator.next();
      while (activationIteratorResult.done !== true) {
        activatedValue = await activationIteratorResult.value(params.context, activatedValue);
        activationIteratorResult = activationsIterator.next();
      }
      return activatedValue;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveBindingActivations.js
var require_resolveBindingActivations = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveBindingActivations.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveBindingActivations = resolveBindingActivations;
    var common_1 = require_cjs();
    var resolveBindingServiceActivations_1 = require_resolveBindingServiceActivations();
    function resolveBindingActivations(params, binding, value) {
      let activationResult = value;
      if (binding.onActivation !== void 0) {
        const onActivation = binding.onActivation;
        if ((0, common_1.isPromise)(activationResult)) {
          activationResult = activationResult.then((resolved) => onActivation(params.context, resolved));
        } else {
          activationResult = onActivation(params.context, activationResult);
        }
      }
      return (0, resolveBindingServiceActivations_1.resolveBindingServiceActivations)(params, binding.serviceIdentifier, activationResult);
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveSingletonScopedBinding.js
var require_resolveSingletonScopedBinding = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveSingletonScopedBinding.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveSingletonScopedBinding = resolveSingletonScopedBinding;
    var cacheResolvedValue_1 = require_cacheResolvedValue();
    var resolveBindingActivations_1 = require_resolveBindingActivations();
    function resolveSingletonScopedBinding(resolve) {
      return (params, binding) => {
        if (binding.cache.isRight) {
          return binding.cache.value;
        }
        const resolvedValue = (0, resolveBindingActivations_1.resolveBindingActivations)(params, binding, resolve(params, binding));
        return (0, cacheResolvedValue_1.cacheResolvedValue)(binding, resolvedValue);
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveConstantValueBinding.js
var require_resolveConstantValueBinding = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveConstantValueBinding.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveConstantValueBinding = void 0;
    var resolveConstantValueBindingCallback_1 = require_resolveConstantValueBindingCallback();
    var resolveSingletonScopedBinding_1 = require_resolveSingletonScopedBinding();
    exports2.resolveConstantValueBinding = (0, resolveSingletonScopedBinding_1.resolveSingletonScopedBinding)(resolveConstantValueBindingCallback_1.resolveConstantValueBindingCallback);
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/calculations/resolveDynamicValueBindingCallback.js
var require_resolveDynamicValueBindingCallback = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/calculations/resolveDynamicValueBindingCallback.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveDynamicValueBindingCallback = resolveDynamicValueBindingCallback;
    function resolveDynamicValueBindingCallback(params, binding) {
      return binding.value(params.context);
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/common/calculations/getSelf.js
var require_getSelf = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/common/calculations/getSelf.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getSelf = getSelf;
    function getSelf(self2) {
      return self2;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveScoped.js
var require_resolveScoped = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveScoped.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveScoped = resolveScoped;
    var BindingScope_1 = require_BindingScope();
    var cacheResolvedValue_1 = require_cacheResolvedValue();
    var resolveBindingActivations_1 = require_resolveBindingActivations();
    function resolveScoped(getBinding, resolve) {
      return (params, arg) => {
        const binding = getBinding(arg);
        switch (binding.scope) {
          case BindingScope_1.bindingScopeValues.Singleton: {
            if (binding.cache.isRight) {
              return binding.cache.value;
            }
            const resolvedValue = (0, resolveBindingActivations_1.resolveBindingActivations)(params, binding, resolve(params, arg));
            return (0, cacheResolvedValue_1.cacheResolvedValue)(binding, resolvedValue);
          }
          case BindingScope_1.bindingScopeValues.Request: {
            if (params.requestScopeCache.has(binding.id)) {
              return params.requestScopeCache.get(binding.id);
            }
            const resolvedValue = (0, resolveBindingActivations_1.resolveBindingActivations)(params, binding, resolve(params, arg));
            params.requestScopeCache.set(binding.id, resolvedValue);
            return resolvedValue;
          }
          case BindingScope_1.bindingScopeValues.Transient:
            return (0, resolveBindingActivations_1.resolveBindingActivations)(params, binding, resolve(params, arg));
        }
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveScopedBinding.js
var require_resolveScopedBinding = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveScopedBinding.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveScopedBinding = void 0;
    var getSelf_1 = require_getSelf();
    var resolveScoped_1 = require_resolveScoped();
    var resolveScopedBinding = (resolve) => (0, resolveScoped_1.resolveScoped)(getSelf_1.getSelf, resolve);
    exports2.resolveScopedBinding = resolveScopedBinding;
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveDynamicValueBinding.js
var require_resolveDynamicValueBinding = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveDynamicValueBinding.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveDynamicValueBinding = void 0;
    var resolveDynamicValueBindingCallback_1 = require_resolveDynamicValueBindingCallback();
    var resolveScopedBinding_1 = require_resolveScopedBinding();
    exports2.resolveDynamicValueBinding = (0, resolveScopedBinding_1.resolveScopedBinding)(resolveDynamicValueBindingCallback_1.resolveDynamicValueBindingCallback);
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/calculations/resolveFactoryBindingCallback.js
var require_resolveFactoryBindingCallback = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/calculations/resolveFactoryBindingCallback.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveFactoryBindingCallback = resolveFactoryBindingCallback;
    function resolveFactoryBindingCallback(params, binding) {
      return binding.factory(params.context);
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveFactoryBinding.js
var require_resolveFactoryBinding = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveFactoryBinding.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveFactoryBinding = void 0;
    var resolveFactoryBindingCallback_1 = require_resolveFactoryBindingCallback();
    var resolveSingletonScopedBinding_1 = require_resolveSingletonScopedBinding();
    exports2.resolveFactoryBinding = (0, resolveSingletonScopedBinding_1.resolveSingletonScopedBinding)(resolveFactoryBindingCallback_1.resolveFactoryBindingCallback);
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveInstanceBindingConstructorParams.js
var require_resolveInstanceBindingConstructorParams = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveInstanceBindingConstructorParams.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveInstanceBindingConstructorParams = resolveInstanceBindingConstructorParams;
    var common_1 = require_cjs();
    function resolveInstanceBindingConstructorParams(resolveServiceNode) {
      return (params, node) => {
        const constructorResolvedValues = [];
        for (const constructorParam of node.constructorParams) {
          if (constructorParam === void 0) {
            constructorResolvedValues.push(void 0);
          } else {
            constructorResolvedValues.push(resolveServiceNode(params, constructorParam));
          }
        }
        return constructorResolvedValues.some(common_1.isPromise) ? Promise.all(constructorResolvedValues) : constructorResolvedValues;
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveInstanceBindingNode.js
var require_resolveInstanceBindingNode = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveInstanceBindingNode.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveInstanceBindingNode = resolveInstanceBindingNode;
    var common_1 = require_cjs();
    function resolveInstanceBindingNode(resolveInstanceBindingConstructorParams, resolveInstanceBindingNodeAsyncFromConstructorParams, resolveInstanceBindingNodeFromConstructorParams) {
      return (params, node) => {
        const constructorValues = resolveInstanceBindingConstructorParams(params, node);
        if ((0, common_1.isPromise)(constructorValues)) {
          return resolveInstanceBindingNodeAsyncFromConstructorParams(constructorValues, params, node);
        }
        return resolveInstanceBindingNodeFromConstructorParams(constructorValues, params, node);
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveInstanceBindingNodeAsyncFromConstructorParams.js
var require_resolveInstanceBindingNodeAsyncFromConstructorParams = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveInstanceBindingNodeAsyncFromConstructorParams.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveInstanceBindingNodeAsyncFromConstructorParams = resolveInstanceBindingNodeAsyncFromConstructorParams;
    function resolveInstanceBindingNodeAsyncFromConstructorParams(resolveInstanceBindingNodeFromConstructorParams) {
      return async (constructorValues, params, node) => {
        const constructorResolvedValues = await constructorValues;
        return resolveInstanceBindingNodeFromConstructorParams(constructorResolvedValues, params, node);
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolvePostConstruct.js
var require_resolvePostConstruct = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolvePostConstruct.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolvePostConstruct = resolvePostConstruct;
    var common_1 = require_cjs();
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    function resolvePostConstruct(instance, binding, postConstructMethodName) {
      const postConstructResult = invokePostConstruct(instance, binding, postConstructMethodName);
      if ((0, common_1.isPromise)(postConstructResult)) {
        return postConstructResult.then(() => instance);
      }
      return instance;
    }
    function invokePostConstruct(instance, binding, postConstructMethodName) {
      if (postConstructMethodName in instance) {
        if (typeof instance[postConstructMethodName] === "function") {
          let postConstructResult;
          try {
            postConstructResult = instance[postConstructMethodName]();
          } catch (error) {
            throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.resolution, `Unexpected error found when calling "${postConstructMethodName.toString()}" @postConstruct decorated method on class "${binding.implementationType.name}"`, {
              cause: error
            });
          }
          if ((0, common_1.isPromise)(postConstructResult)) {
            return invokePostConstructAsync(binding, postConstructMethodName, postConstructResult);
          }
        } else {
          throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.resolution, `Expecting a "${postConstructMethodName.toString()}" method when resolving "${binding.implementationType.name}" class @postConstruct decorated method, a non function property was found instead.`);
        }
      } else {
        throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.resolution, `Expecting a "${postConstructMethodName.toString()}" property when resolving "${binding.implementationType.name}" class @postConstruct decorated method, none found.`);
      }
    }
    async function invokePostConstructAsync(binding, postConstructMethodName, postConstructResult) {
      try {
        await postConstructResult;
      } catch (error) {
        throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.resolution, `Unexpected error found when calling "${postConstructMethodName.toString()}" @postConstruct decorated method on class "${binding.implementationType.name}"`, {
          cause: error
        });
      }
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveInstanceBindingNodeFromConstructorParams.js
var require_resolveInstanceBindingNodeFromConstructorParams = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveInstanceBindingNodeFromConstructorParams.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveInstanceBindingNodeFromConstructorParams = resolveInstanceBindingNodeFromConstructorParams;
    var common_1 = require_cjs();
    var resolvePostConstruct_1 = require_resolvePostConstruct();
    function resolveAllPostConstructMethods(instance, binding, postConstructMethodNames) {
      if (postConstructMethodNames.size === 0) {
        return instance;
      }
      let result = instance;
      for (const methodName of postConstructMethodNames) {
        if ((0, common_1.isPromise)(result)) {
          result = result.then((resolvedInstance) => (0, resolvePostConstruct_1.resolvePostConstruct)(resolvedInstance, binding, methodName));
        } else {
          result = (0, resolvePostConstruct_1.resolvePostConstruct)(result, binding, methodName);
        }
      }
      return result;
    }
    function resolveInstanceBindingNodeFromConstructorParams(setInstanceProperties) {
      return (constructorValues, params, node) => {
        const instance = new node.binding.implementationType(...constructorValues);
        const propertiesAssignmentResult = setInstanceProperties(params, instance, node);
        if ((0, common_1.isPromise)(propertiesAssignmentResult)) {
          return propertiesAssignmentResult.then(() => resolveAllPostConstructMethods(instance, node.binding, node.classMetadata.lifecycle.postConstructMethodNames));
        }
        return resolveAllPostConstructMethods(instance, node.binding, node.classMetadata.lifecycle.postConstructMethodNames);
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/calculations/resolveProviderBindingCallback.js
var require_resolveProviderBindingCallback = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/calculations/resolveProviderBindingCallback.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveProviderBindingCallback = resolveProviderBindingCallback;
    function resolveProviderBindingCallback(params, binding) {
      return binding.provider(params.context);
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveProviderBinding.js
var require_resolveProviderBinding = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveProviderBinding.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveProviderBinding = void 0;
    var resolveProviderBindingCallback_1 = require_resolveProviderBindingCallback();
    var resolveSingletonScopedBinding_1 = require_resolveSingletonScopedBinding();
    exports2.resolveProviderBinding = (0, resolveSingletonScopedBinding_1.resolveSingletonScopedBinding)(resolveProviderBindingCallback_1.resolveProviderBindingCallback);
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveResolvedValueBindingNode.js
var require_resolveResolvedValueBindingNode = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveResolvedValueBindingNode.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveResolvedValueBindingNode = resolveResolvedValueBindingNode;
    var common_1 = require_cjs();
    function resolveResolvedValueBindingNode(resolveResolvedValueBindingParams) {
      return (params, node) => {
        const paramValues = resolveResolvedValueBindingParams(params, node);
        if ((0, common_1.isPromise)(paramValues)) {
          return paramValues.then((resolvedParamValues) => node.binding.factory(...resolvedParamValues));
        }
        return node.binding.factory(...paramValues);
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveResolvedValueBindingParams.js
var require_resolveResolvedValueBindingParams = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveResolvedValueBindingParams.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveResolvedValueBindingParams = resolveResolvedValueBindingParams;
    var common_1 = require_cjs();
    function resolveResolvedValueBindingParams(resolveServiceNode) {
      return (params, node) => {
        const paramsResolvedValues = [];
        for (const param of node.params) {
          paramsResolvedValues.push(resolveServiceNode(params, param));
        }
        return paramsResolvedValues.some(common_1.isPromise) ? Promise.all(paramsResolvedValues) : paramsResolvedValues;
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/calculations/getInstanceNodeBinding.js
var require_getInstanceNodeBinding = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/calculations/getInstanceNodeBinding.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getInstanceNodeBinding = getInstanceNodeBinding;
    function getInstanceNodeBinding(node) {
      return node.binding;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveScopedInstanceBindingNode.js
var require_resolveScopedInstanceBindingNode = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveScopedInstanceBindingNode.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveScopedInstanceBindingNode = void 0;
    var getInstanceNodeBinding_1 = require_getInstanceNodeBinding();
    var resolveScoped_1 = require_resolveScoped();
    var resolveScopedInstanceBindingNode = (resolve) => (0, resolveScoped_1.resolveScoped)(getInstanceNodeBinding_1.getInstanceNodeBinding, resolve);
    exports2.resolveScopedInstanceBindingNode = resolveScopedInstanceBindingNode;
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/calculations/getResolvedValueNodeBinding.js
var require_getResolvedValueNodeBinding = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/calculations/getResolvedValueNodeBinding.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getResolvedValueNodeBinding = getResolvedValueNodeBinding;
    function getResolvedValueNodeBinding(node) {
      return node.binding;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveScopedResolvedValueBindingNode.js
var require_resolveScopedResolvedValueBindingNode = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveScopedResolvedValueBindingNode.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveScopedResolvedValueBindingNode = void 0;
    var getResolvedValueNodeBinding_1 = require_getResolvedValueNodeBinding();
    var resolveScoped_1 = require_resolveScoped();
    var resolveScopedResolvedValueBindingNode = (resolve) => (0, resolveScoped_1.resolveScoped)(getResolvedValueNodeBinding_1.getResolvedValueNodeBinding, resolve);
    exports2.resolveScopedResolvedValueBindingNode = resolveScopedResolvedValueBindingNode;
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveServiceRedirectionBindingNode.js
var require_resolveServiceRedirectionBindingNode = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveServiceRedirectionBindingNode.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveServiceRedirectionBindingNode = resolveServiceRedirectionBindingNode;
    var isPlanServiceRedirectionBindingNode_1 = require_isPlanServiceRedirectionBindingNode();
    function resolveServiceRedirectionBindingNode(resolveBindingNode) {
      function innerResolveServiceRedirectionBindingNode(params, node) {
        const resolvedValues = [];
        for (const redirection of node.redirections) {
          if ((0, isPlanServiceRedirectionBindingNode_1.isPlanServiceRedirectionBindingNode)(redirection)) {
            resolvedValues.push(...innerResolveServiceRedirectionBindingNode(params, redirection));
          } else {
            resolvedValues.push(resolveBindingNode(params, redirection));
          }
        }
        return resolvedValues;
      }
      return innerResolveServiceRedirectionBindingNode;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/setInstanceProperties.js
var require_setInstanceProperties = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/setInstanceProperties.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.setInstanceProperties = setInstanceProperties;
    var common_1 = require_cjs();
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    var ClassElementMetadataKind_1 = require_ClassElementMetadataKind();
    function setInstanceProperties(resolveServiceNode) {
      return (params, instance, node) => {
        const propertyAssignmentPromises = [];
        for (const [propertyKey, propertyNode] of node.propertyParams) {
          const metadata = node.classMetadata.properties.get(propertyKey);
          if (metadata === void 0) {
            throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.resolution, `Expecting metadata at property "${propertyKey.toString()}", none found`);
          }
          if (metadata.kind !== ClassElementMetadataKind_1.ClassElementMetadataKind.unmanaged && propertyNode.bindings !== void 0) {
            instance[propertyKey] = resolveServiceNode(params, propertyNode);
            if ((0, common_1.isPromise)(instance[propertyKey])) {
              propertyAssignmentPromises.push((async () => {
                instance[propertyKey] = await instance[propertyKey];
              })());
            }
          }
        }
        if (propertyAssignmentPromises.length > 0) {
          return Promise.all(propertyAssignmentPromises).then(() => void 0);
        }
      };
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolve.js
var require_resolve = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolve.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolve = resolve;
    var common_1 = require_cjs();
    var BindingType_1 = require_BindingType();
    var InversifyCoreError_1 = require_InversifyCoreError();
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    var handleResolveError_1 = require_handleResolveError();
    var isPlanServiceRedirectionBindingNode_1 = require_isPlanServiceRedirectionBindingNode();
    var resolveConstantValueBinding_1 = require_resolveConstantValueBinding();
    var resolveDynamicValueBinding_1 = require_resolveDynamicValueBinding();
    var resolveFactoryBinding_1 = require_resolveFactoryBinding();
    var resolveInstanceBindingConstructorParams_1 = require_resolveInstanceBindingConstructorParams();
    var resolveInstanceBindingNode_1 = require_resolveInstanceBindingNode();
    var resolveInstanceBindingNodeAsyncFromConstructorParams_1 = require_resolveInstanceBindingNodeAsyncFromConstructorParams();
    var resolveInstanceBindingNodeFromConstructorParams_1 = require_resolveInstanceBindingNodeFromConstructorParams();
    var resolveProviderBinding_1 = require_resolveProviderBinding();
    var resolveResolvedValueBindingNode_1 = require_resolveResolvedValueBindingNode();
    var resolveResolvedValueBindingParams_1 = require_resolveResolvedValueBindingParams();
    var resolveScopedInstanceBindingNode_1 = require_resolveScopedInstanceBindingNode();
    var resolveScopedResolvedValueBindingNode_1 = require_resolveScopedResolvedValueBindingNode();
    var resolveServiceRedirectionBindingNode_1 = require_resolveServiceRedirectionBindingNode();
    var setInstanceProperties_1 = require_setInstanceProperties();
    var setInstanceProperties = (0, setInstanceProperties_1.setInstanceProperties)(resolveServiceNode);
    var resolveServiceRedirectionBindingNode = (0, resolveServiceRedirectionBindingNode_1.resolveServiceRedirectionBindingNode)(resolveBindingNode);
    var resolveInstanceBindingNode = (0, resolveInstanceBindingNode_1.resolveInstanceBindingNode)(
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      (0, resolveInstanceBindingConstructorParams_1.resolveInstanceBindingConstructorParams)(resolveServiceNode),
      (0, resolveInstanceBindingNodeAsyncFromConstructorParams_1.resolveInstanceBindingNodeAsyncFromConstructorParams)((0, resolveInstanceBindingNodeFromConstructorParams_1.resolveInstanceBindingNodeFromConstructorParams)(setInstanceProperties)),
      (0, resolveInstanceBindingNodeFromConstructorParams_1.resolveInstanceBindingNodeFromConstructorParams)(setInstanceProperties)
    );
    var resolveResolvedValueBindingNode = (0, resolveResolvedValueBindingNode_1.resolveResolvedValueBindingNode)(
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      (0, resolveResolvedValueBindingParams_1.resolveResolvedValueBindingParams)(resolveServiceNode)
    );
    var resolveScopedInstanceBindingNode = (0, resolveScopedInstanceBindingNode_1.resolveScopedInstanceBindingNode)(resolveInstanceBindingNode);
    var resolveScopedResolvedValueBindingNode = (0, resolveScopedResolvedValueBindingNode_1.resolveScopedResolvedValueBindingNode)(resolveResolvedValueBindingNode);
    function resolve(params) {
      try {
        const serviceNode = params.planResult.tree.root;
        return resolveServiceNode(params, serviceNode);
      } catch (error) {
        (0, handleResolveError_1.handleResolveError)(params, error);
      }
    }
    function resolveBindingNode(params, planBindingNode) {
      switch (planBindingNode.binding.type) {
        case BindingType_1.bindingTypeValues.ConstantValue:
          return (0, resolveConstantValueBinding_1.resolveConstantValueBinding)(params, planBindingNode.binding);
        case BindingType_1.bindingTypeValues.DynamicValue:
          return (0, resolveDynamicValueBinding_1.resolveDynamicValueBinding)(params, planBindingNode.binding);
        case BindingType_1.bindingTypeValues.Factory:
          return (0, resolveFactoryBinding_1.resolveFactoryBinding)(params, planBindingNode.binding);
        case BindingType_1.bindingTypeValues.Instance:
          return resolveScopedInstanceBindingNode(params, planBindingNode);
        case BindingType_1.bindingTypeValues.Provider:
          return (0, resolveProviderBinding_1.resolveProviderBinding)(params, planBindingNode.binding);
        case BindingType_1.bindingTypeValues.ResolvedValue:
          return resolveScopedResolvedValueBindingNode(params, planBindingNode);
      }
    }
    function resolveServiceNode(params, serviceNode) {
      if (serviceNode.bindings === void 0) {
        return void 0;
      }
      if (Array.isArray(serviceNode.bindings)) {
        return resolveMultipleBindingServiceNode(params, serviceNode.bindings);
      }
      return resolveSingleBindingServiceNode(params, serviceNode.bindings);
    }
    function resolveMultipleBindingServiceNode(params, bindings) {
      const resolvedValues = [];
      for (const binding of bindings) {
        if ((0, isPlanServiceRedirectionBindingNode_1.isPlanServiceRedirectionBindingNode)(binding)) {
          resolvedValues.push(...resolveServiceRedirectionBindingNode(params, binding));
        } else {
          resolvedValues.push(resolveBindingNode(params, binding));
        }
      }
      if (resolvedValues.some(common_1.isPromise)) {
        return Promise.all(resolvedValues);
      }
      return resolvedValues;
    }
    function resolveSingleBindingServiceNode(params, binding) {
      if ((0, isPlanServiceRedirectionBindingNode_1.isPlanServiceRedirectionBindingNode)(binding)) {
        const resolvedValues = resolveServiceRedirectionBindingNode(params, binding);
        if (resolvedValues.length === 1) {
          return resolvedValues[0];
        } else {
          throw new InversifyCoreError_1.InversifyCoreError(InversifyCoreErrorKind_1.InversifyCoreErrorKind.resolution, "Unexpected multiple resolved values on single injection");
        }
      } else {
        return resolveBindingNode(params, binding);
      }
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/binding/calculations/isScopedBinding.js
var require_isScopedBinding = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/binding/calculations/isScopedBinding.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isScopedBinding = isScopedBinding;
    function isScopedBinding(binding) {
      return binding.scope !== void 0;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveBindingPreDestroy.js
var require_resolveBindingPreDestroy = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveBindingPreDestroy.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveBindingPreDestroy = resolveBindingPreDestroy;
    var common_1 = require_cjs();
    var BindingType_1 = require_BindingType();
    function resolveBindingPreDestroy(params, binding) {
      if (binding.type === BindingType_1.bindingTypeValues.Instance) {
        const classMetadata = params.getClassMetadata(binding.implementationType);
        const instance = binding.cache.value;
        if ((0, common_1.isPromise)(instance)) {
          return instance.then((instance2) => resolveInstancePreDestroyMethods(classMetadata, instance2));
        } else {
          return resolveInstancePreDestroyMethods(classMetadata, instance);
        }
      }
    }
    function resolveInstancePreDestroyMethod(instance, methodName) {
      if (typeof instance[methodName] === "function") {
        const result = instance[methodName]();
        return result;
      }
    }
    function resolveInstancePreDestroyMethods(classMetadata, instance) {
      const preDestroyMethodNames = classMetadata.lifecycle.preDestroyMethodNames;
      if (preDestroyMethodNames.size === 0) {
        return;
      }
      let result = void 0;
      for (const methodName of preDestroyMethodNames) {
        if (result === void 0) {
          result = resolveInstancePreDestroyMethod(instance, methodName);
        } else {
          result = result.then(() => resolveInstancePreDestroyMethod(instance, methodName));
        }
      }
      return result;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveBindingServiceDeactivations.js
var require_resolveBindingServiceDeactivations = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveBindingServiceDeactivations.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveBindingServiceDeactivations = resolveBindingServiceDeactivations;
    var common_1 = require_cjs();
    function resolveBindingServiceDeactivations(params, serviceIdentifier, value) {
      const deactivations = params.getDeactivations(serviceIdentifier);
      if (deactivations === void 0) {
        return void 0;
      }
      if ((0, common_1.isPromise)(value)) {
        return resolveBindingDeactivationsFromIteratorAsync(value, deactivations[Symbol.iterator]());
      }
      return resolveBindingDeactivationsFromIterator(value, deactivations[Symbol.iterator]());
    }
    function resolveBindingDeactivationsFromIterator(value, deactivationsIterator) {
      let deactivationIteratorResult = deactivationsIterator.next();
      while (deactivationIteratorResult.done !== true) {
        const nextDeactivationValue = deactivationIteratorResult.value(value);
        if ((0, common_1.isPromise)(nextDeactivationValue)) {
          return resolveBindingDeactivationsFromIteratorAsync(value, deactivationsIterator);
        }
        deactivationIteratorResult = deactivationsIterator.next();
      }
    }
    async function resolveBindingDeactivationsFromIteratorAsync(value, deactivationsIterator) {
      const resolvedValue = await value;
      let deactivationIteratorResult = deactivationsIterator.next();
      while (deactivationIteratorResult.done !== true) {
        await deactivationIteratorResult.value(resolvedValue);
        deactivationIteratorResult = deactivationsIterator.next();
      }
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveBindingDeactivations.js
var require_resolveBindingDeactivations = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveBindingDeactivations.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveBindingDeactivations = resolveBindingDeactivations;
    var common_1 = require_cjs();
    var resolveBindingPreDestroy_1 = require_resolveBindingPreDestroy();
    var resolveBindingServiceDeactivations_1 = require_resolveBindingServiceDeactivations();
    function resolveBindingDeactivations(params, binding) {
      const preDestroyResult = (0, resolveBindingPreDestroy_1.resolveBindingPreDestroy)(params, binding);
      if (preDestroyResult === void 0) {
        return resolveBindingDeactivationsAfterPreDestroy(params, binding);
      }
      return preDestroyResult.then(() => resolveBindingDeactivationsAfterPreDestroy(params, binding));
    }
    function resolveBindingDeactivationsAfterPreDestroy(params, binding) {
      const bindingCache = binding.cache;
      if ((0, common_1.isPromise)(bindingCache.value)) {
        return bindingCache.value.then((resolvedValue) => resolveBindingDeactivationsAfterPreDestroyFromValue(params, binding, resolvedValue));
      }
      return resolveBindingDeactivationsAfterPreDestroyFromValue(params, binding, bindingCache.value);
    }
    function resolveBindingDeactivationsAfterPreDestroyFromValue(params, binding, resolvedValue) {
      let deactivationResult = void 0;
      if (binding.onDeactivation !== void 0) {
        const bindingDeactivation = binding.onDeactivation;
        deactivationResult = bindingDeactivation(resolvedValue);
      }
      if (deactivationResult === void 0) {
        return (0, resolveBindingServiceDeactivations_1.resolveBindingServiceDeactivations)(params, binding.serviceIdentifier, resolvedValue);
      } else {
        return deactivationResult.then(() => (0, resolveBindingServiceDeactivations_1.resolveBindingServiceDeactivations)(params, binding.serviceIdentifier, resolvedValue));
      }
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveBindingsDeactivations.js
var require_resolveBindingsDeactivations = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveBindingsDeactivations.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveBindingsDeactivations = resolveBindingsDeactivations;
    var isScopedBinding_1 = require_isScopedBinding();
    var BindingScope_1 = require_BindingScope();
    var resolveBindingDeactivations_1 = require_resolveBindingDeactivations();
    function resolveBindingsDeactivations(params, bindings) {
      if (bindings === void 0) {
        return;
      }
      const singletonScopedBindings = filterCachedSinglentonScopedBindings(bindings);
      const deactivationPromiseResults = [];
      for (const binding of singletonScopedBindings) {
        const deactivationResult = (0, resolveBindingDeactivations_1.resolveBindingDeactivations)(params, binding);
        if (deactivationResult !== void 0) {
          deactivationPromiseResults.push(deactivationResult);
        }
      }
      if (deactivationPromiseResults.length > 0) {
        return Promise.all(deactivationPromiseResults).then(() => void 0);
      }
    }
    function filterCachedSinglentonScopedBindings(bindings) {
      const filteredBindings = [];
      for (const binding of bindings) {
        if ((0, isScopedBinding_1.isScopedBinding)(binding) && binding.scope === BindingScope_1.bindingScopeValues.Singleton && binding.cache.isRight) {
          filteredBindings.push(binding);
        }
      }
      return filteredBindings;
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveModuleDeactivations.js
var require_resolveModuleDeactivations = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveModuleDeactivations.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveModuleDeactivations = resolveModuleDeactivations;
    var resolveBindingsDeactivations_1 = require_resolveBindingsDeactivations();
    function resolveModuleDeactivations(params, moduleId) {
      const bindings = params.getBindingsFromModule(moduleId);
      return (0, resolveBindingsDeactivations_1.resolveBindingsDeactivations)(params, bindings);
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveServiceDeactivations.js
var require_resolveServiceDeactivations = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/resolution/actions/resolveServiceDeactivations.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveServiceDeactivations = resolveServiceDeactivations;
    var resolveBindingsDeactivations_1 = require_resolveBindingsDeactivations();
    function resolveServiceDeactivations(params, serviceIdentifier) {
      const bindings = params.getBindings(serviceIdentifier);
      return (0, resolveBindingsDeactivations_1.resolveBindingsDeactivations)(params, bindings);
    }
  }
});

// node_modules/@inversifyjs/core/lib/cjs/index.js
var require_cjs4 = __commonJS({
  "node_modules/@inversifyjs/core/lib/cjs/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.unmanaged = exports2.tagged = exports2.resolveServiceDeactivations = exports2.resolveModuleDeactivations = exports2.ResolvedValueElementMetadataKind = exports2.resolveBindingsDeactivations = exports2.resolve = exports2.preDestroy = exports2.postConstruct = exports2.PlanResultCacheService = exports2.plan = exports2.optional = exports2.named = exports2.multiInject = exports2.LazyPlanServiceNode = exports2.InversifyCoreErrorKind = exports2.InversifyCoreError = exports2.injectFromHierarchy = exports2.injectFromBase = exports2.injectable = exports2.inject = exports2.getClassMetadata = exports2.getBindingId = exports2.decorate = exports2.DeactivationsService = exports2.ClassElementMetadataKind = exports2.CacheBindingInvalidationKind = exports2.bindingTypeValues = exports2.BindingService = exports2.bindingScopeValues = exports2.ActivationsService = void 0;
    var getBindingId_1 = require_getBindingId();
    Object.defineProperty(exports2, "getBindingId", { enumerable: true, get: function() {
      return getBindingId_1.getBindingId;
    } });
    var BindingScope_1 = require_BindingScope();
    Object.defineProperty(exports2, "bindingScopeValues", { enumerable: true, get: function() {
      return BindingScope_1.bindingScopeValues;
    } });
    var BindingType_1 = require_BindingType();
    Object.defineProperty(exports2, "bindingTypeValues", { enumerable: true, get: function() {
      return BindingType_1.bindingTypeValues;
    } });
    var ActivationsService_1 = require_ActivationsService();
    Object.defineProperty(exports2, "ActivationsService", { enumerable: true, get: function() {
      return ActivationsService_1.ActivationsService;
    } });
    var BindingService_1 = require_BindingService();
    Object.defineProperty(exports2, "BindingService", { enumerable: true, get: function() {
      return BindingService_1.BindingService;
    } });
    var DeactivationsService_1 = require_DeactivationsService();
    Object.defineProperty(exports2, "DeactivationsService", { enumerable: true, get: function() {
      return DeactivationsService_1.DeactivationsService;
    } });
    var decorate_1 = require_decorate();
    Object.defineProperty(exports2, "decorate", { enumerable: true, get: function() {
      return decorate_1.decorate;
    } });
    var InversifyCoreError_1 = require_InversifyCoreError();
    Object.defineProperty(exports2, "InversifyCoreError", { enumerable: true, get: function() {
      return InversifyCoreError_1.InversifyCoreError;
    } });
    var InversifyCoreErrorKind_1 = require_InversifyCoreErrorKind();
    Object.defineProperty(exports2, "InversifyCoreErrorKind", { enumerable: true, get: function() {
      return InversifyCoreErrorKind_1.InversifyCoreErrorKind;
    } });
    var getClassMetadata_1 = require_getClassMetadata();
    Object.defineProperty(exports2, "getClassMetadata", { enumerable: true, get: function() {
      return getClassMetadata_1.getClassMetadata;
    } });
    var inject_1 = require_inject();
    Object.defineProperty(exports2, "inject", { enumerable: true, get: function() {
      return inject_1.inject;
    } });
    var injectable_1 = require_injectable();
    Object.defineProperty(exports2, "injectable", { enumerable: true, get: function() {
      return injectable_1.injectable;
    } });
    var injectFromBase_1 = require_injectFromBase();
    Object.defineProperty(exports2, "injectFromBase", { enumerable: true, get: function() {
      return injectFromBase_1.injectFromBase;
    } });
    var injectFromHierarchy_1 = require_injectFromHierarchy();
    Object.defineProperty(exports2, "injectFromHierarchy", { enumerable: true, get: function() {
      return injectFromHierarchy_1.injectFromHierarchy;
    } });
    var multiInject_1 = require_multiInject();
    Object.defineProperty(exports2, "multiInject", { enumerable: true, get: function() {
      return multiInject_1.multiInject;
    } });
    var named_1 = require_named();
    Object.defineProperty(exports2, "named", { enumerable: true, get: function() {
      return named_1.named;
    } });
    var optional_1 = require_optional();
    Object.defineProperty(exports2, "optional", { enumerable: true, get: function() {
      return optional_1.optional;
    } });
    var postConstruct_1 = require_postConstruct();
    Object.defineProperty(exports2, "postConstruct", { enumerable: true, get: function() {
      return postConstruct_1.postConstruct;
    } });
    var preDestroy_1 = require_preDestroy();
    Object.defineProperty(exports2, "preDestroy", { enumerable: true, get: function() {
      return preDestroy_1.preDestroy;
    } });
    var tagged_1 = require_tagged();
    Object.defineProperty(exports2, "tagged", { enumerable: true, get: function() {
      return tagged_1.tagged;
    } });
    var unmanaged_1 = require_unmanaged();
    Object.defineProperty(exports2, "unmanaged", { enumerable: true, get: function() {
      return unmanaged_1.unmanaged;
    } });
    var ClassElementMetadataKind_1 = require_ClassElementMetadataKind();
    Object.defineProperty(exports2, "ClassElementMetadataKind", { enumerable: true, get: function() {
      return ClassElementMetadataKind_1.ClassElementMetadataKind;
    } });
    var ResolvedValueElementMetadataKind_1 = require_ResolvedValueElementMetadataKind();
    Object.defineProperty(exports2, "ResolvedValueElementMetadataKind", { enumerable: true, get: function() {
      return ResolvedValueElementMetadataKind_1.ResolvedValueElementMetadataKind;
    } });
    var plan_1 = require_plan();
    Object.defineProperty(exports2, "plan", { enumerable: true, get: function() {
      return plan_1.plan;
    } });
    var CacheBindingInvalidationKind_1 = require_CacheBindingInvalidationKind();
    Object.defineProperty(exports2, "CacheBindingInvalidationKind", { enumerable: true, get: function() {
      return CacheBindingInvalidationKind_1.CacheBindingInvalidationKind;
    } });
    var LazyPlanServiceNode_1 = require_LazyPlanServiceNode();
    Object.defineProperty(exports2, "LazyPlanServiceNode", { enumerable: true, get: function() {
      return LazyPlanServiceNode_1.LazyPlanServiceNode;
    } });
    var PlanResultCacheService_1 = require_PlanResultCacheService();
    Object.defineProperty(exports2, "PlanResultCacheService", { enumerable: true, get: function() {
      return PlanResultCacheService_1.PlanResultCacheService;
    } });
    var resolve_1 = require_resolve();
    Object.defineProperty(exports2, "resolve", { enumerable: true, get: function() {
      return resolve_1.resolve;
    } });
    var resolveBindingsDeactivations_1 = require_resolveBindingsDeactivations();
    Object.defineProperty(exports2, "resolveBindingsDeactivations", { enumerable: true, get: function() {
      return resolveBindingsDeactivations_1.resolveBindingsDeactivations;
    } });
    var resolveModuleDeactivations_1 = require_resolveModuleDeactivations();
    Object.defineProperty(exports2, "resolveModuleDeactivations", { enumerable: true, get: function() {
      return resolveModuleDeactivations_1.resolveModuleDeactivations;
    } });
    var resolveServiceDeactivations_1 = require_resolveServiceDeactivations();
    Object.defineProperty(exports2, "resolveServiceDeactivations", { enumerable: true, get: function() {
      return resolveServiceDeactivations_1.resolveServiceDeactivations;
    } });
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/models/BindingIdentifier.js
var require_BindingIdentifier = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/models/BindingIdentifier.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.bindingIdentifierSymbol = void 0;
    exports2.bindingIdentifierSymbol = Symbol.for("@inversifyjs/container/bindingIdentifier");
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isBindingIdentifier.js
var require_isBindingIdentifier = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isBindingIdentifier.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isBindingIdentifier = isBindingIdentifier;
    var BindingIdentifier_1 = require_BindingIdentifier();
    function isBindingIdentifier(value) {
      return typeof value === "object" && value !== null && value[BindingIdentifier_1.bindingIdentifierSymbol] === true;
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/container/binding/utils/BindingConstraintUtils.js
var require_BindingConstraintUtils = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/container/binding/utils/BindingConstraintUtils.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.BindingConstraintUtils = void 0;
    var BindingConstraintUtils = class {
      static always = (_bindingConstraints) => {
        return true;
      };
    };
    exports2.BindingConstraintUtils = BindingConstraintUtils;
  }
});

// node_modules/@inversifyjs/container/lib/cjs/error/models/InversifyContainerError.js
var require_InversifyContainerError = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/error/models/InversifyContainerError.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.InversifyContainerError = void 0;
    var isAppErrorSymbol = Symbol.for("@inversifyjs/container/InversifyContainerError");
    var InversifyContainerError = class _InversifyContainerError extends Error {
      [isAppErrorSymbol];
      kind;
      constructor(kind, message, options) {
        super(message, options);
        this[isAppErrorSymbol] = true;
        this.kind = kind;
      }
      static is(value) {
        return typeof value === "object" && value !== null && value[isAppErrorSymbol] === true;
      }
      static isErrorOfKind(value, kind) {
        return _InversifyContainerError.is(value) && value.kind === kind;
      }
    };
    exports2.InversifyContainerError = InversifyContainerError;
  }
});

// node_modules/@inversifyjs/container/lib/cjs/error/models/InversifyContainerErrorKind.js
var require_InversifyContainerErrorKind = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/error/models/InversifyContainerErrorKind.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.InversifyContainerErrorKind = void 0;
    var InversifyContainerErrorKind;
    (function(InversifyContainerErrorKind2) {
      InversifyContainerErrorKind2[InversifyContainerErrorKind2["invalidOperation"] = 0] = "invalidOperation";
    })(InversifyContainerErrorKind || (exports2.InversifyContainerErrorKind = InversifyContainerErrorKind = {}));
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/calculations/buildBindingIdentifier.js
var require_buildBindingIdentifier = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/calculations/buildBindingIdentifier.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.buildBindingIdentifier = buildBindingIdentifier;
    var BindingIdentifier_1 = require_BindingIdentifier();
    function buildBindingIdentifier(binding) {
      return {
        [BindingIdentifier_1.bindingIdentifierSymbol]: true,
        id: binding.id
      };
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isAnyAncestorBindingConstraints.js
var require_isAnyAncestorBindingConstraints = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isAnyAncestorBindingConstraints.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isAnyAncestorBindingConstraints = isAnyAncestorBindingConstraints;
    function isAnyAncestorBindingConstraints(condition) {
      return (constraints) => {
        for (let ancestorMetadata = constraints.getAncestor(); ancestorMetadata !== void 0; ancestorMetadata = ancestorMetadata.getAncestor()) {
          if (condition(ancestorMetadata)) {
            return true;
          }
        }
        return false;
      };
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isBindingConstraintsWithName.js
var require_isBindingConstraintsWithName = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isBindingConstraintsWithName.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isBindingConstraintsWithName = isBindingConstraintsWithName;
    function isBindingConstraintsWithName(name) {
      return (constraints) => constraints.name === name;
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isAnyAncestorBindingConstraintsWithName.js
var require_isAnyAncestorBindingConstraintsWithName = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isAnyAncestorBindingConstraintsWithName.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isAnyAncestorBindingConstraintsWithName = isAnyAncestorBindingConstraintsWithName;
    var isAnyAncestorBindingConstraints_1 = require_isAnyAncestorBindingConstraints();
    var isBindingConstraintsWithName_1 = require_isBindingConstraintsWithName();
    function isAnyAncestorBindingConstraintsWithName(name) {
      return (0, isAnyAncestorBindingConstraints_1.isAnyAncestorBindingConstraints)((0, isBindingConstraintsWithName_1.isBindingConstraintsWithName)(name));
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isBindingConstraintsWithServiceId.js
var require_isBindingConstraintsWithServiceId = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isBindingConstraintsWithServiceId.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isBindingConstraintsWithServiceId = isBindingConstraintsWithServiceId;
    function isBindingConstraintsWithServiceId(serviceId) {
      return (constraints) => constraints.serviceIdentifier === serviceId;
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isAnyAncestorBindingConstraintsWithServiceId.js
var require_isAnyAncestorBindingConstraintsWithServiceId = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isAnyAncestorBindingConstraintsWithServiceId.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isAnyAncestorBindingConstraintsWithServiceId = isAnyAncestorBindingConstraintsWithServiceId;
    var isAnyAncestorBindingConstraints_1 = require_isAnyAncestorBindingConstraints();
    var isBindingConstraintsWithServiceId_1 = require_isBindingConstraintsWithServiceId();
    function isAnyAncestorBindingConstraintsWithServiceId(serviceId) {
      return (0, isAnyAncestorBindingConstraints_1.isAnyAncestorBindingConstraints)((0, isBindingConstraintsWithServiceId_1.isBindingConstraintsWithServiceId)(serviceId));
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isBindingConstraintsWithTag.js
var require_isBindingConstraintsWithTag = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isBindingConstraintsWithTag.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isBindingConstraintsWithTag = isBindingConstraintsWithTag;
    function isBindingConstraintsWithTag(tag, value) {
      return (constraints) => constraints.tags.has(tag) && constraints.tags.get(tag) === value;
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isAnyAncestorBindingConstraintsWithTag.js
var require_isAnyAncestorBindingConstraintsWithTag = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isAnyAncestorBindingConstraintsWithTag.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isAnyAncestorBindingConstraintsWithTag = isAnyAncestorBindingConstraintsWithTag;
    var isAnyAncestorBindingConstraints_1 = require_isAnyAncestorBindingConstraints();
    var isBindingConstraintsWithTag_1 = require_isBindingConstraintsWithTag();
    function isAnyAncestorBindingConstraintsWithTag(tag, value) {
      return (0, isAnyAncestorBindingConstraints_1.isAnyAncestorBindingConstraints)((0, isBindingConstraintsWithTag_1.isBindingConstraintsWithTag)(tag, value));
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isBindingConstraintsWithNoNameNorTags.js
var require_isBindingConstraintsWithNoNameNorTags = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isBindingConstraintsWithNoNameNorTags.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isBindingConstraintsWithNoNameNorTags = isBindingConstraintsWithNoNameNorTags;
    function isBindingConstraintsWithNoNameNorTags(constraints) {
      return constraints.name === void 0 && constraints.tags.size === 0;
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isMultipleResolvedValueMetadataInjectOptions.js
var require_isMultipleResolvedValueMetadataInjectOptions = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isMultipleResolvedValueMetadataInjectOptions.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isMultipleResolvedValueMetadataInjectOptions = isMultipleResolvedValueMetadataInjectOptions;
    function isMultipleResolvedValueMetadataInjectOptions(options) {
      return options.isMultiple === true;
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isNoAncestorBindingConstraints.js
var require_isNoAncestorBindingConstraints = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isNoAncestorBindingConstraints.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isNoAncestorBindingConstraints = isNoAncestorBindingConstraints;
    var isAnyAncestorBindingConstraints_1 = require_isAnyAncestorBindingConstraints();
    function isNoAncestorBindingConstraints(condition) {
      const isAnyAncestorBindingConstraintsConstraint = (0, isAnyAncestorBindingConstraints_1.isAnyAncestorBindingConstraints)(condition);
      return (constraints) => {
        return !isAnyAncestorBindingConstraintsConstraint(constraints);
      };
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isNoAncestorBindingConstraintsWithName.js
var require_isNoAncestorBindingConstraintsWithName = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isNoAncestorBindingConstraintsWithName.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isNoAncestorBindingConstraintsWithName = isNoAncestorBindingConstraintsWithName;
    var isBindingConstraintsWithName_1 = require_isBindingConstraintsWithName();
    var isNoAncestorBindingConstraints_1 = require_isNoAncestorBindingConstraints();
    function isNoAncestorBindingConstraintsWithName(name) {
      return (0, isNoAncestorBindingConstraints_1.isNoAncestorBindingConstraints)((0, isBindingConstraintsWithName_1.isBindingConstraintsWithName)(name));
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isNoAncestorBindingConstraintsWithServiceId.js
var require_isNoAncestorBindingConstraintsWithServiceId = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isNoAncestorBindingConstraintsWithServiceId.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isNoAncestorBindingConstraintsWithServiceId = isNoAncestorBindingConstraintsWithServiceId;
    var isBindingConstraintsWithServiceId_1 = require_isBindingConstraintsWithServiceId();
    var isNoAncestorBindingConstraints_1 = require_isNoAncestorBindingConstraints();
    function isNoAncestorBindingConstraintsWithServiceId(serviceId) {
      return (0, isNoAncestorBindingConstraints_1.isNoAncestorBindingConstraints)((0, isBindingConstraintsWithServiceId_1.isBindingConstraintsWithServiceId)(serviceId));
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isNoAncestorBindingConstraintsWithTag.js
var require_isNoAncestorBindingConstraintsWithTag = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isNoAncestorBindingConstraintsWithTag.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isNoAncestorBindingConstraintsWithTag = isNoAncestorBindingConstraintsWithTag;
    var isBindingConstraintsWithTag_1 = require_isBindingConstraintsWithTag();
    var isNoAncestorBindingConstraints_1 = require_isNoAncestorBindingConstraints();
    function isNoAncestorBindingConstraintsWithTag(tag, value) {
      return (0, isNoAncestorBindingConstraints_1.isNoAncestorBindingConstraints)((0, isBindingConstraintsWithTag_1.isBindingConstraintsWithTag)(tag, value));
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isNotParentBindingConstraints.js
var require_isNotParentBindingConstraints = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isNotParentBindingConstraints.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isNotParentBindingConstraints = isNotParentBindingConstraints;
    function isNotParentBindingConstraints(condition) {
      return (constraints) => {
        const ancestorMetadata = constraints.getAncestor();
        return ancestorMetadata === void 0 || !condition(ancestorMetadata);
      };
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isNotParentBindingConstraintsWithName.js
var require_isNotParentBindingConstraintsWithName = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isNotParentBindingConstraintsWithName.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isNotParentBindingConstraintsWithName = isNotParentBindingConstraintsWithName;
    var isBindingConstraintsWithName_1 = require_isBindingConstraintsWithName();
    var isNotParentBindingConstraints_1 = require_isNotParentBindingConstraints();
    function isNotParentBindingConstraintsWithName(name) {
      return (0, isNotParentBindingConstraints_1.isNotParentBindingConstraints)((0, isBindingConstraintsWithName_1.isBindingConstraintsWithName)(name));
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isNotParentBindingConstraintsWithServiceId.js
var require_isNotParentBindingConstraintsWithServiceId = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isNotParentBindingConstraintsWithServiceId.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isNotParentBindingConstraintsWithServiceId = isNotParentBindingConstraintsWithServiceId;
    var isBindingConstraintsWithServiceId_1 = require_isBindingConstraintsWithServiceId();
    var isNotParentBindingConstraints_1 = require_isNotParentBindingConstraints();
    function isNotParentBindingConstraintsWithServiceId(serviceId) {
      return (0, isNotParentBindingConstraints_1.isNotParentBindingConstraints)((0, isBindingConstraintsWithServiceId_1.isBindingConstraintsWithServiceId)(serviceId));
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isNotParentBindingConstraintsWithTag.js
var require_isNotParentBindingConstraintsWithTag = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isNotParentBindingConstraintsWithTag.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isNotParentBindingConstraintsWithTag = isNotParentBindingConstraintsWithTag;
    var isBindingConstraintsWithTag_1 = require_isBindingConstraintsWithTag();
    var isNotParentBindingConstraints_1 = require_isNotParentBindingConstraints();
    function isNotParentBindingConstraintsWithTag(tag, value) {
      return (0, isNotParentBindingConstraints_1.isNotParentBindingConstraints)((0, isBindingConstraintsWithTag_1.isBindingConstraintsWithTag)(tag, value));
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isParentBindingConstraints.js
var require_isParentBindingConstraints = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isParentBindingConstraints.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isParentBindingConstraints = isParentBindingConstraints;
    function isParentBindingConstraints(condition) {
      return (constraints) => {
        const ancestorMetadata = constraints.getAncestor();
        return ancestorMetadata !== void 0 && condition(ancestorMetadata);
      };
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isParentBindingConstraintsWithName.js
var require_isParentBindingConstraintsWithName = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isParentBindingConstraintsWithName.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isParentBindingConstraintsWithName = isParentBindingConstraintsWithName;
    var isBindingConstraintsWithName_1 = require_isBindingConstraintsWithName();
    var isParentBindingConstraints_1 = require_isParentBindingConstraints();
    function isParentBindingConstraintsWithName(name) {
      return (0, isParentBindingConstraints_1.isParentBindingConstraints)((0, isBindingConstraintsWithName_1.isBindingConstraintsWithName)(name));
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isParentBindingConstraintsWithServiceId.js
var require_isParentBindingConstraintsWithServiceId = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isParentBindingConstraintsWithServiceId.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isParentBindingConstraintsWithServiceId = isParentBindingConstraintsWithServiceId;
    var isBindingConstraintsWithServiceId_1 = require_isBindingConstraintsWithServiceId();
    var isParentBindingConstraints_1 = require_isParentBindingConstraints();
    function isParentBindingConstraintsWithServiceId(serviceId) {
      return (0, isParentBindingConstraints_1.isParentBindingConstraints)((0, isBindingConstraintsWithServiceId_1.isBindingConstraintsWithServiceId)(serviceId));
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isParentBindingConstraintsWithTag.js
var require_isParentBindingConstraintsWithTag = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isParentBindingConstraintsWithTag.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isParentBindingConstraintsWithTag = isParentBindingConstraintsWithTag;
    var isBindingConstraintsWithTag_1 = require_isBindingConstraintsWithTag();
    var isParentBindingConstraints_1 = require_isParentBindingConstraints();
    function isParentBindingConstraintsWithTag(tag, value) {
      return (0, isParentBindingConstraints_1.isParentBindingConstraints)((0, isBindingConstraintsWithTag_1.isBindingConstraintsWithTag)(tag, value));
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isResolvedValueMetadataInjectOptions.js
var require_isResolvedValueMetadataInjectOptions = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/calculations/isResolvedValueMetadataInjectOptions.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isResolvedValueMetadataInjectOptions = isResolvedValueMetadataInjectOptions;
    var common_1 = require_cjs();
    function isResolvedValueMetadataInjectOptions(options) {
      return typeof options === "object" && !common_1.LazyServiceIdentifier.is(options);
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/binding/models/BindingFluentSyntaxImplementation.js
var require_BindingFluentSyntaxImplementation = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/binding/models/BindingFluentSyntaxImplementation.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.BindInWhenOnFluentSyntaxImplementation = exports2.BindWhenOnFluentSyntaxImplementation = exports2.BindWhenFluentSyntaxImplementation = exports2.BindOnFluentSyntaxImplementation = exports2.BindToFluentSyntaxImplementation = exports2.BindInFluentSyntaxImplementation = void 0;
    var common_1 = require_cjs();
    var core_1 = require_cjs4();
    var core_2 = require_cjs4();
    var BindingConstraintUtils_1 = require_BindingConstraintUtils();
    var InversifyContainerError_1 = require_InversifyContainerError();
    var InversifyContainerErrorKind_1 = require_InversifyContainerErrorKind();
    var buildBindingIdentifier_1 = require_buildBindingIdentifier();
    var isAnyAncestorBindingConstraints_1 = require_isAnyAncestorBindingConstraints();
    var isAnyAncestorBindingConstraintsWithName_1 = require_isAnyAncestorBindingConstraintsWithName();
    var isAnyAncestorBindingConstraintsWithServiceId_1 = require_isAnyAncestorBindingConstraintsWithServiceId();
    var isAnyAncestorBindingConstraintsWithTag_1 = require_isAnyAncestorBindingConstraintsWithTag();
    var isBindingConstraintsWithName_1 = require_isBindingConstraintsWithName();
    var isBindingConstraintsWithNoNameNorTags_1 = require_isBindingConstraintsWithNoNameNorTags();
    var isBindingConstraintsWithTag_1 = require_isBindingConstraintsWithTag();
    var isMultipleResolvedValueMetadataInjectOptions_1 = require_isMultipleResolvedValueMetadataInjectOptions();
    var isNoAncestorBindingConstraints_1 = require_isNoAncestorBindingConstraints();
    var isNoAncestorBindingConstraintsWithName_1 = require_isNoAncestorBindingConstraintsWithName();
    var isNoAncestorBindingConstraintsWithServiceId_1 = require_isNoAncestorBindingConstraintsWithServiceId();
    var isNoAncestorBindingConstraintsWithTag_1 = require_isNoAncestorBindingConstraintsWithTag();
    var isNotParentBindingConstraints_1 = require_isNotParentBindingConstraints();
    var isNotParentBindingConstraintsWithName_1 = require_isNotParentBindingConstraintsWithName();
    var isNotParentBindingConstraintsWithServiceId_1 = require_isNotParentBindingConstraintsWithServiceId();
    var isNotParentBindingConstraintsWithTag_1 = require_isNotParentBindingConstraintsWithTag();
    var isParentBindingConstraints_1 = require_isParentBindingConstraints();
    var isParentBindingConstraintsWithName_1 = require_isParentBindingConstraintsWithName();
    var isParentBindingConstraintsWithServiceId_1 = require_isParentBindingConstraintsWithServiceId();
    var isParentBindingConstraintsWithTag_1 = require_isParentBindingConstraintsWithTag();
    var isResolvedValueMetadataInjectOptions_1 = require_isResolvedValueMetadataInjectOptions();
    var BindInFluentSyntaxImplementation = class {
      #binding;
      constructor(binding) {
        this.#binding = binding;
      }
      getIdentifier() {
        return (0, buildBindingIdentifier_1.buildBindingIdentifier)(this.#binding);
      }
      inRequestScope() {
        this.#binding.scope = core_1.bindingScopeValues.Request;
        return new BindWhenOnFluentSyntaxImplementation(this.#binding);
      }
      inSingletonScope() {
        this.#binding.scope = core_1.bindingScopeValues.Singleton;
        return new BindWhenOnFluentSyntaxImplementation(this.#binding);
      }
      inTransientScope() {
        this.#binding.scope = core_1.bindingScopeValues.Transient;
        return new BindWhenOnFluentSyntaxImplementation(this.#binding);
      }
    };
    exports2.BindInFluentSyntaxImplementation = BindInFluentSyntaxImplementation;
    var BindToFluentSyntaxImplementation = class {
      #callback;
      #containerModuleId;
      #defaultScope;
      #serviceIdentifier;
      constructor(callback, containerModuleId, defaultScope, serviceIdentifier) {
        this.#callback = callback;
        this.#containerModuleId = containerModuleId;
        this.#defaultScope = defaultScope;
        this.#serviceIdentifier = serviceIdentifier;
      }
      to(type) {
        const classMetadata = (0, core_1.getClassMetadata)(type);
        const binding = {
          cache: {
            isRight: false,
            value: void 0
          },
          id: (0, core_2.getBindingId)(),
          implementationType: type,
          isSatisfiedBy: BindingConstraintUtils_1.BindingConstraintUtils.always,
          moduleId: this.#containerModuleId,
          onActivation: void 0,
          onDeactivation: void 0,
          scope: classMetadata.scope ?? this.#defaultScope,
          serviceIdentifier: this.#serviceIdentifier,
          type: core_1.bindingTypeValues.Instance
        };
        this.#callback(binding);
        return new BindInWhenOnFluentSyntaxImplementation(binding);
      }
      toSelf() {
        if (typeof this.#serviceIdentifier !== "function") {
          throw new Error('"toSelf" function can only be applied when a newable function is used as service identifier');
        }
        return this.to(this.#serviceIdentifier);
      }
      toConstantValue(value) {
        const binding = {
          cache: {
            isRight: false,
            value: void 0
          },
          id: (0, core_2.getBindingId)(),
          isSatisfiedBy: BindingConstraintUtils_1.BindingConstraintUtils.always,
          moduleId: this.#containerModuleId,
          onActivation: void 0,
          onDeactivation: void 0,
          scope: core_1.bindingScopeValues.Singleton,
          serviceIdentifier: this.#serviceIdentifier,
          type: core_1.bindingTypeValues.ConstantValue,
          value
        };
        this.#callback(binding);
        return new BindWhenOnFluentSyntaxImplementation(binding);
      }
      toDynamicValue(builder) {
        const binding = {
          cache: {
            isRight: false,
            value: void 0
          },
          id: (0, core_2.getBindingId)(),
          isSatisfiedBy: BindingConstraintUtils_1.BindingConstraintUtils.always,
          moduleId: this.#containerModuleId,
          onActivation: void 0,
          onDeactivation: void 0,
          scope: this.#defaultScope,
          serviceIdentifier: this.#serviceIdentifier,
          type: core_1.bindingTypeValues.DynamicValue,
          value: builder
        };
        this.#callback(binding);
        return new BindInWhenOnFluentSyntaxImplementation(binding);
      }
      toResolvedValue(factory, injectOptions) {
        const binding = {
          cache: {
            isRight: false,
            value: void 0
          },
          factory,
          id: (0, core_2.getBindingId)(),
          isSatisfiedBy: BindingConstraintUtils_1.BindingConstraintUtils.always,
          metadata: this.#buildResolvedValueMetadata(injectOptions),
          moduleId: this.#containerModuleId,
          onActivation: void 0,
          onDeactivation: void 0,
          scope: this.#defaultScope,
          serviceIdentifier: this.#serviceIdentifier,
          type: core_1.bindingTypeValues.ResolvedValue
        };
        this.#callback(binding);
        return new BindInWhenOnFluentSyntaxImplementation(binding);
      }
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      toFactory(builder) {
        const binding = {
          cache: {
            isRight: false,
            value: void 0
          },
          factory: builder,
          id: (0, core_2.getBindingId)(),
          isSatisfiedBy: BindingConstraintUtils_1.BindingConstraintUtils.always,
          moduleId: this.#containerModuleId,
          onActivation: void 0,
          onDeactivation: void 0,
          scope: core_1.bindingScopeValues.Singleton,
          serviceIdentifier: this.#serviceIdentifier,
          type: core_1.bindingTypeValues.Factory
        };
        this.#callback(binding);
        return new BindWhenOnFluentSyntaxImplementation(binding);
      }
      /**
       * @deprecated Use `toFactory()` instead. Providers will be removed in v8.
       * Providers exist for historical reasons from v5 when async dependencies weren't supported.
       * Factories are more flexible and can handle both sync and async operations.
       */
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-deprecated
      toProvider(provider) {
        const binding = {
          cache: {
            isRight: false,
            value: void 0
          },
          id: (0, core_2.getBindingId)(),
          isSatisfiedBy: BindingConstraintUtils_1.BindingConstraintUtils.always,
          moduleId: this.#containerModuleId,
          onActivation: void 0,
          onDeactivation: void 0,
          provider,
          scope: core_1.bindingScopeValues.Singleton,
          serviceIdentifier: this.#serviceIdentifier,
          type: core_1.bindingTypeValues.Provider
        };
        this.#callback(binding);
        return new BindWhenOnFluentSyntaxImplementation(binding);
      }
      toService(service) {
        const binding = {
          id: (0, core_2.getBindingId)(),
          isSatisfiedBy: BindingConstraintUtils_1.BindingConstraintUtils.always,
          moduleId: this.#containerModuleId,
          serviceIdentifier: this.#serviceIdentifier,
          targetServiceIdentifier: service,
          type: core_1.bindingTypeValues.ServiceRedirection
        };
        this.#callback(binding);
      }
      #buildResolvedValueMetadata(options) {
        const resolvedValueMetadata = {
          arguments: (options ?? []).map((injectOption) => {
            if ((0, isResolvedValueMetadataInjectOptions_1.isResolvedValueMetadataInjectOptions)(injectOption)) {
              if ((0, isMultipleResolvedValueMetadataInjectOptions_1.isMultipleResolvedValueMetadataInjectOptions)(injectOption)) {
                return {
                  chained: injectOption.chained ?? false,
                  kind: core_1.ResolvedValueElementMetadataKind.multipleInjection,
                  name: injectOption.name,
                  optional: injectOption.optional ?? false,
                  tags: new Map((injectOption.tags ?? []).map((tag) => [
                    tag.key,
                    tag.value
                  ])),
                  value: injectOption.serviceIdentifier
                };
              } else {
                return {
                  kind: core_1.ResolvedValueElementMetadataKind.singleInjection,
                  name: injectOption.name,
                  optional: injectOption.optional ?? false,
                  tags: new Map((injectOption.tags ?? []).map((tag) => [
                    tag.key,
                    tag.value
                  ])),
                  value: injectOption.serviceIdentifier
                };
              }
            } else {
              return {
                kind: core_1.ResolvedValueElementMetadataKind.singleInjection,
                name: void 0,
                optional: false,
                tags: /* @__PURE__ */ new Map(),
                value: injectOption
              };
            }
          })
        };
        return resolvedValueMetadata;
      }
    };
    exports2.BindToFluentSyntaxImplementation = BindToFluentSyntaxImplementation;
    var BindOnFluentSyntaxImplementation = class {
      #binding;
      constructor(binding) {
        this.#binding = binding;
      }
      getIdentifier() {
        return (0, buildBindingIdentifier_1.buildBindingIdentifier)(this.#binding);
      }
      onActivation(activation) {
        this.#binding.onActivation = activation;
        return new BindWhenFluentSyntaxImplementation(this.#binding);
      }
      onDeactivation(deactivation) {
        this.#binding.onDeactivation = deactivation;
        if (this.#binding.scope !== core_1.bindingScopeValues.Singleton) {
          throw new InversifyContainerError_1.InversifyContainerError(InversifyContainerErrorKind_1.InversifyContainerErrorKind.invalidOperation, `Binding for service "${(0, common_1.stringifyServiceIdentifier)(this.#binding.serviceIdentifier)}" has a deactivation function, but its scope is not singleton. Deactivation functions can only be used with singleton bindings.`);
        }
        return new BindWhenFluentSyntaxImplementation(this.#binding);
      }
    };
    exports2.BindOnFluentSyntaxImplementation = BindOnFluentSyntaxImplementation;
    var BindWhenFluentSyntaxImplementation = class {
      #binding;
      constructor(binding) {
        this.#binding = binding;
      }
      getIdentifier() {
        return (0, buildBindingIdentifier_1.buildBindingIdentifier)(this.#binding);
      }
      when(constraint) {
        this.#binding.isSatisfiedBy = constraint;
        return new BindOnFluentSyntaxImplementation(this.#binding);
      }
      whenAnyAncestor(constraint) {
        return this.when((0, isAnyAncestorBindingConstraints_1.isAnyAncestorBindingConstraints)(constraint));
      }
      whenAnyAncestorIs(serviceIdentifier) {
        return this.when((0, isAnyAncestorBindingConstraintsWithServiceId_1.isAnyAncestorBindingConstraintsWithServiceId)(serviceIdentifier));
      }
      whenAnyAncestorNamed(name) {
        return this.when((0, isAnyAncestorBindingConstraintsWithName_1.isAnyAncestorBindingConstraintsWithName)(name));
      }
      whenAnyAncestorTagged(tag, tagValue) {
        return this.when((0, isAnyAncestorBindingConstraintsWithTag_1.isAnyAncestorBindingConstraintsWithTag)(tag, tagValue));
      }
      whenDefault() {
        return this.when(isBindingConstraintsWithNoNameNorTags_1.isBindingConstraintsWithNoNameNorTags);
      }
      whenNamed(name) {
        return this.when((0, isBindingConstraintsWithName_1.isBindingConstraintsWithName)(name));
      }
      whenNoParent(constraint) {
        return this.when((0, isNotParentBindingConstraints_1.isNotParentBindingConstraints)(constraint));
      }
      whenNoParentIs(serviceIdentifier) {
        return this.when((0, isNotParentBindingConstraintsWithServiceId_1.isNotParentBindingConstraintsWithServiceId)(serviceIdentifier));
      }
      whenNoParentNamed(name) {
        return this.when((0, isNotParentBindingConstraintsWithName_1.isNotParentBindingConstraintsWithName)(name));
      }
      whenNoParentTagged(tag, tagValue) {
        return this.when((0, isNotParentBindingConstraintsWithTag_1.isNotParentBindingConstraintsWithTag)(tag, tagValue));
      }
      whenParent(constraint) {
        return this.when((0, isParentBindingConstraints_1.isParentBindingConstraints)(constraint));
      }
      whenParentIs(serviceIdentifier) {
        return this.when((0, isParentBindingConstraintsWithServiceId_1.isParentBindingConstraintsWithServiceId)(serviceIdentifier));
      }
      whenParentNamed(name) {
        return this.when((0, isParentBindingConstraintsWithName_1.isParentBindingConstraintsWithName)(name));
      }
      whenParentTagged(tag, tagValue) {
        return this.when((0, isParentBindingConstraintsWithTag_1.isParentBindingConstraintsWithTag)(tag, tagValue));
      }
      whenTagged(tag, tagValue) {
        return this.when((0, isBindingConstraintsWithTag_1.isBindingConstraintsWithTag)(tag, tagValue));
      }
      whenNoAncestor(constraint) {
        return this.when((0, isNoAncestorBindingConstraints_1.isNoAncestorBindingConstraints)(constraint));
      }
      whenNoAncestorIs(serviceIdentifier) {
        return this.when((0, isNoAncestorBindingConstraintsWithServiceId_1.isNoAncestorBindingConstraintsWithServiceId)(serviceIdentifier));
      }
      whenNoAncestorNamed(name) {
        return this.when((0, isNoAncestorBindingConstraintsWithName_1.isNoAncestorBindingConstraintsWithName)(name));
      }
      whenNoAncestorTagged(tag, tagValue) {
        return this.when((0, isNoAncestorBindingConstraintsWithTag_1.isNoAncestorBindingConstraintsWithTag)(tag, tagValue));
      }
    };
    exports2.BindWhenFluentSyntaxImplementation = BindWhenFluentSyntaxImplementation;
    var BindWhenOnFluentSyntaxImplementation = class extends BindWhenFluentSyntaxImplementation {
      #bindOnFluentSyntax;
      constructor(binding) {
        super(binding);
        this.#bindOnFluentSyntax = new BindOnFluentSyntaxImplementation(binding);
      }
      onActivation(activation) {
        return this.#bindOnFluentSyntax.onActivation(activation);
      }
      onDeactivation(deactivation) {
        return this.#bindOnFluentSyntax.onDeactivation(deactivation);
      }
    };
    exports2.BindWhenOnFluentSyntaxImplementation = BindWhenOnFluentSyntaxImplementation;
    var BindInWhenOnFluentSyntaxImplementation = class extends BindWhenOnFluentSyntaxImplementation {
      #bindInFluentSyntax;
      constructor(binding) {
        super(binding);
        this.#bindInFluentSyntax = new BindInFluentSyntaxImplementation(binding);
      }
      inRequestScope() {
        return this.#bindInFluentSyntax.inRequestScope();
      }
      inSingletonScope() {
        return this.#bindInFluentSyntax.inSingletonScope();
      }
      inTransientScope() {
        return this.#bindInFluentSyntax.inTransientScope();
      }
    };
    exports2.BindInWhenOnFluentSyntaxImplementation = BindInWhenOnFluentSyntaxImplementation;
  }
});

// node_modules/@inversifyjs/container/lib/cjs/common/actions/getFirstIteratorResult.js
var require_getFirstIteratorResult = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/common/actions/getFirstIteratorResult.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getFirstIteratorResult = getFirstIteratorResult;
    function getFirstIteratorResult(iterator) {
      if (iterator === void 0) {
        return void 0;
      }
      const firstIteratorResult = iterator.next();
      if (firstIteratorResult.done === true) {
        return void 0;
      }
      return firstIteratorResult.value;
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/common/calculations/getFirstIterableResult.js
var require_getFirstIterableResult = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/common/calculations/getFirstIterableResult.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getFirstIterableResult = getFirstIterableResult;
    var getFirstIteratorResult_1 = require_getFirstIteratorResult();
    function getFirstIterableResult(iterable) {
      return (0, getFirstIteratorResult_1.getFirstIteratorResult)(iterable?.[Symbol.iterator]());
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/container/services/BindingManager.js
var require_BindingManager = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/container/services/BindingManager.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.BindingManager = void 0;
    var common_1 = require_cjs();
    var core_1 = require_cjs4();
    var isBindingIdentifier_1 = require_isBindingIdentifier();
    var BindingFluentSyntaxImplementation_1 = require_BindingFluentSyntaxImplementation();
    var getFirstIterableResult_1 = require_getFirstIterableResult();
    var InversifyContainerError_1 = require_InversifyContainerError();
    var InversifyContainerErrorKind_1 = require_InversifyContainerErrorKind();
    var BindingManager = class {
      #deactivationParams;
      #defaultScope;
      #planResultCacheManager;
      #serviceReferenceManager;
      constructor(deactivationParams, defaultScope, planResultCacheManager, serviceReferenceManager) {
        this.#deactivationParams = deactivationParams;
        this.#defaultScope = defaultScope;
        this.#planResultCacheManager = planResultCacheManager;
        this.#serviceReferenceManager = serviceReferenceManager;
      }
      bind(serviceIdentifier) {
        return new BindingFluentSyntaxImplementation_1.BindToFluentSyntaxImplementation((binding) => {
          this.#setBinding(binding);
        }, void 0, this.#defaultScope, serviceIdentifier);
      }
      isBound(serviceIdentifier, options) {
        const bindings = this.#serviceReferenceManager.bindingService.get(serviceIdentifier);
        return this.#isAnyValidBinding(serviceIdentifier, bindings, options);
      }
      isCurrentBound(serviceIdentifier, options) {
        const bindings = this.#serviceReferenceManager.bindingService.getNonParentBindings(serviceIdentifier);
        return this.#isAnyValidBinding(serviceIdentifier, bindings, options);
      }
      async rebind(serviceIdentifier) {
        await this.unbind(serviceIdentifier);
        return this.bind(serviceIdentifier);
      }
      rebindSync(serviceIdentifier) {
        this.unbindSync(serviceIdentifier);
        return this.bind(serviceIdentifier);
      }
      async unbind(identifier) {
        await this.#unbind(identifier);
      }
      async unbindAll() {
        await this.#unbindAll();
      }
      unbindAllSync() {
        const result = this.#unbindAll();
        if (result !== void 0) {
          throw new InversifyContainerError_1.InversifyContainerError(InversifyContainerErrorKind_1.InversifyContainerErrorKind.invalidOperation, "Unexpected asynchronous deactivation when unbinding all services. Consider using Container.unbindAll() instead.");
        }
      }
      unbindSync(identifier) {
        const result = this.#unbind(identifier);
        if (result !== void 0) {
          this.#throwUnexpectedAsyncUnbindOperation(identifier);
        }
      }
      #setBinding(binding) {
        this.#serviceReferenceManager.bindingService.set(binding);
        this.#planResultCacheManager.invalidateService({
          binding,
          kind: core_1.CacheBindingInvalidationKind.bindingAdded
        });
      }
      #throwUnexpectedAsyncUnbindOperation(identifier) {
        let errorMessage;
        if ((0, isBindingIdentifier_1.isBindingIdentifier)(identifier)) {
          const bindingsById = this.#serviceReferenceManager.bindingService.getById(identifier.id);
          const bindingServiceIdentifier = (0, getFirstIterableResult_1.getFirstIterableResult)(bindingsById)?.serviceIdentifier;
          if (bindingServiceIdentifier === void 0) {
            errorMessage = "Unexpected asynchronous deactivation when unbinding binding identifier. Consider using Container.unbind() instead.";
          } else {
            errorMessage = `Unexpected asynchronous deactivation when unbinding "${(0, common_1.stringifyServiceIdentifier)(bindingServiceIdentifier)}" binding. Consider using Container.unbind() instead.`;
          }
        } else {
          errorMessage = `Unexpected asynchronous deactivation when unbinding "${(0, common_1.stringifyServiceIdentifier)(identifier)}" service. Consider using Container.unbind() instead.`;
        }
        throw new InversifyContainerError_1.InversifyContainerError(InversifyContainerErrorKind_1.InversifyContainerErrorKind.invalidOperation, errorMessage);
      }
      #unbind(identifier) {
        if ((0, isBindingIdentifier_1.isBindingIdentifier)(identifier)) {
          return this.#unbindBindingIdentifier(identifier);
        }
        return this.#unbindServiceIdentifier(identifier);
      }
      #unbindBindingIdentifier(identifier) {
        const bindingsIterable = this.#serviceReferenceManager.bindingService.getById(identifier.id);
        const bindings = bindingsIterable === void 0 ? void 0 : [...bindingsIterable];
        const result = (0, core_1.resolveBindingsDeactivations)(this.#deactivationParams, bindingsIterable);
        if (result === void 0) {
          this.#clearAfterUnbindBindingIdentifier(bindings, identifier);
        } else {
          return result.then(() => {
            this.#clearAfterUnbindBindingIdentifier(bindings, identifier);
          });
        }
      }
      #clearAfterUnbindBindingIdentifier(bindings, identifier) {
        this.#serviceReferenceManager.bindingService.removeById(identifier.id);
        if (bindings !== void 0) {
          for (const binding of bindings) {
            this.#planResultCacheManager.invalidateService({
              binding,
              kind: core_1.CacheBindingInvalidationKind.bindingRemoved
            });
          }
        }
      }
      #unbindAll() {
        const nonParentBoundServiceIds = [
          ...this.#serviceReferenceManager.bindingService.getNonParentBoundServices()
        ];
        const deactivationResults = nonParentBoundServiceIds.map((serviceId) => (0, core_1.resolveServiceDeactivations)(this.#deactivationParams, serviceId));
        const hasAsyncDeactivations = deactivationResults.some((result) => (0, common_1.isPromise)(result));
        if (hasAsyncDeactivations) {
          return Promise.all(deactivationResults).then(() => {
            this.#clearAfterUnbindAll(nonParentBoundServiceIds);
          });
        }
        this.#clearAfterUnbindAll(nonParentBoundServiceIds);
      }
      #clearAfterUnbindAll(serviceIds) {
        for (const serviceId of serviceIds) {
          this.#serviceReferenceManager.activationService.removeAllByServiceId(serviceId);
          this.#serviceReferenceManager.bindingService.removeAllByServiceId(serviceId);
          this.#serviceReferenceManager.deactivationService.removeAllByServiceId(serviceId);
        }
        this.#serviceReferenceManager.planResultCacheService.clearCache();
      }
      #unbindServiceIdentifier(identifier) {
        const bindingsIterable = this.#serviceReferenceManager.bindingService.get(identifier);
        const bindings = bindingsIterable === void 0 ? void 0 : [...bindingsIterable];
        const result = (0, core_1.resolveBindingsDeactivations)(this.#deactivationParams, bindingsIterable);
        if (result === void 0) {
          this.#clearAfterUnbindServiceIdentifier(identifier, bindings);
        } else {
          return result.then(() => {
            this.#clearAfterUnbindServiceIdentifier(identifier, bindings);
          });
        }
      }
      #clearAfterUnbindServiceIdentifier(identifier, bindings) {
        this.#serviceReferenceManager.activationService.removeAllByServiceId(identifier);
        this.#serviceReferenceManager.bindingService.removeAllByServiceId(identifier);
        this.#serviceReferenceManager.deactivationService.removeAllByServiceId(identifier);
        if (bindings !== void 0) {
          for (const binding of bindings) {
            this.#planResultCacheManager.invalidateService({
              binding,
              kind: core_1.CacheBindingInvalidationKind.bindingRemoved
            });
          }
        }
      }
      #isAnyValidBinding(serviceIdentifier, bindings, options) {
        if (bindings === void 0) {
          return false;
        }
        const bindingConstraints = {
          getAncestor: () => void 0,
          name: options?.name,
          serviceIdentifier,
          tags: /* @__PURE__ */ new Map()
        };
        if (options?.tag !== void 0) {
          bindingConstraints.tags.set(options.tag.key, options.tag.value);
        }
        for (const binding of bindings) {
          if (binding.isSatisfiedBy(bindingConstraints)) {
            return true;
          }
        }
        return false;
      }
    };
    exports2.BindingManager = BindingManager;
  }
});

// node_modules/@inversifyjs/container/lib/cjs/container/services/ContainerModuleManager.js
var require_ContainerModuleManager = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/container/services/ContainerModuleManager.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ContainerModuleManager = void 0;
    var core_1 = require_cjs4();
    var BindingFluentSyntaxImplementation_1 = require_BindingFluentSyntaxImplementation();
    var InversifyContainerError_1 = require_InversifyContainerError();
    var InversifyContainerErrorKind_1 = require_InversifyContainerErrorKind();
    var ContainerModuleManager = class {
      #bindingManager;
      #deactivationParams;
      #defaultScope;
      #planResultCacheManager;
      #serviceReferenceManager;
      constructor(bindingManager, deactivationParams, defaultScope, planResultCacheManager, serviceReferenceManager) {
        this.#bindingManager = bindingManager;
        this.#deactivationParams = deactivationParams;
        this.#defaultScope = defaultScope;
        this.#planResultCacheManager = planResultCacheManager;
        this.#serviceReferenceManager = serviceReferenceManager;
      }
      async load(...modules) {
        await Promise.all(this.#load(...modules));
      }
      loadSync(...modules) {
        const results = this.#load(...modules);
        for (const result of results) {
          if (result !== void 0) {
            throw new InversifyContainerError_1.InversifyContainerError(InversifyContainerErrorKind_1.InversifyContainerErrorKind.invalidOperation, "Unexpected asynchronous module load. Consider using Container.load() instead.");
          }
        }
      }
      async unload(...modules) {
        await Promise.all(this.#unload(...modules));
        this.#clearAfterUnloadModules(modules);
      }
      unloadSync(...modules) {
        const results = this.#unload(...modules);
        for (const result of results) {
          if (result !== void 0) {
            throw new InversifyContainerError_1.InversifyContainerError(InversifyContainerErrorKind_1.InversifyContainerErrorKind.invalidOperation, "Unexpected asynchronous module unload. Consider using Container.unload() instead.");
          }
        }
        this.#clearAfterUnloadModules(modules);
      }
      #buildContainerModuleLoadOptions(moduleId) {
        return {
          bind: (serviceIdentifier) => {
            return new BindingFluentSyntaxImplementation_1.BindToFluentSyntaxImplementation((binding) => {
              this.#setBinding(binding);
            }, moduleId, this.#defaultScope, serviceIdentifier);
          },
          isBound: this.#bindingManager.isBound.bind(this.#bindingManager),
          onActivation: (serviceIdentifier, activation) => {
            this.#serviceReferenceManager.activationService.add(activation, {
              moduleId,
              serviceId: serviceIdentifier
            });
          },
          onDeactivation: (serviceIdentifier, deactivation) => {
            this.#serviceReferenceManager.deactivationService.add(deactivation, {
              moduleId,
              serviceId: serviceIdentifier
            });
          },
          rebind: this.#bindingManager.rebind.bind(this.#bindingManager),
          rebindSync: this.#bindingManager.rebindSync.bind(this.#bindingManager),
          unbind: this.#bindingManager.unbind.bind(this.#bindingManager),
          unbindSync: this.#bindingManager.unbindSync.bind(this.#bindingManager)
        };
      }
      #clearAfterUnloadModules(modules) {
        for (const module3 of modules) {
          this.#serviceReferenceManager.activationService.removeAllByModuleId(module3.id);
          this.#serviceReferenceManager.bindingService.removeAllByModuleId(module3.id);
          this.#serviceReferenceManager.deactivationService.removeAllByModuleId(module3.id);
        }
        this.#serviceReferenceManager.planResultCacheService.clearCache();
      }
      #load(...modules) {
        return modules.map((module3) => module3.load(this.#buildContainerModuleLoadOptions(module3.id)));
      }
      #setBinding(binding) {
        this.#serviceReferenceManager.bindingService.set(binding);
        this.#planResultCacheManager.invalidateService({
          binding,
          kind: core_1.CacheBindingInvalidationKind.bindingAdded
        });
      }
      #unload(...modules) {
        return modules.map((module3) => (0, core_1.resolveModuleDeactivations)(this.#deactivationParams, module3.id));
      }
    };
    exports2.ContainerModuleManager = ContainerModuleManager;
  }
});

// node_modules/@inversifyjs/container/lib/cjs/container/actions/resetDeactivationParams.js
var require_resetDeactivationParams = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/container/actions/resetDeactivationParams.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resetDeactivationParams = resetDeactivationParams;
    function resetDeactivationParams(serviceReferenceManager, deactivationParams) {
      deactivationParams.getBindings = serviceReferenceManager.bindingService.get.bind(serviceReferenceManager.bindingService);
      deactivationParams.getBindingsFromModule = serviceReferenceManager.bindingService.getByModuleId.bind(serviceReferenceManager.bindingService);
      deactivationParams.getDeactivations = serviceReferenceManager.deactivationService.get.bind(serviceReferenceManager.deactivationService);
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/container/calculations/buildDeactivationParams.js
var require_buildDeactivationParams = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/container/calculations/buildDeactivationParams.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.buildDeactivationParams = buildDeactivationParams;
    var core_1 = require_cjs4();
    function buildDeactivationParams(serviceReferenceManager) {
      return {
        getBindings: serviceReferenceManager.bindingService.get.bind(serviceReferenceManager.bindingService),
        getBindingsFromModule: serviceReferenceManager.bindingService.getByModuleId.bind(serviceReferenceManager.bindingService),
        getClassMetadata: core_1.getClassMetadata,
        getDeactivations: serviceReferenceManager.deactivationService.get.bind(serviceReferenceManager.deactivationService)
      };
    }
  }
});

// node_modules/@inversifyjs/container/lib/cjs/container/services/DeactivationParamsManager.js
var require_DeactivationParamsManager = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/container/services/DeactivationParamsManager.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DeactivationParamsManager = void 0;
    var resetDeactivationParams_1 = require_resetDeactivationParams();
    var buildDeactivationParams_1 = require_buildDeactivationParams();
    var DeactivationParamsManager = class {
      deactivationParams;
      constructor(serviceReferenceManager) {
        this.deactivationParams = (0, buildDeactivationParams_1.buildDeactivationParams)(serviceReferenceManager);
        serviceReferenceManager.onReset(() => {
          (0, resetDeactivationParams_1.resetDeactivationParams)(serviceReferenceManager, this.deactivationParams);
        });
      }
    };
    exports2.DeactivationParamsManager = DeactivationParamsManager;
  }
});

// node_modules/@inversifyjs/container/lib/cjs/container/services/PlanParamsOperationsManager.js
var require_PlanParamsOperationsManager = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/container/services/PlanParamsOperationsManager.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.PlanParamsOperationsManager = void 0;
    var core_1 = require_cjs4();
    var PlanParamsOperationsManager = class {
      planParamsOperations;
      #serviceReferenceManager;
      constructor(serviceReferenceManager) {
        this.#serviceReferenceManager = serviceReferenceManager;
        this.planParamsOperations = {
          getBindings: this.#serviceReferenceManager.bindingService.get.bind(this.#serviceReferenceManager.bindingService),
          getBindingsChained: this.#serviceReferenceManager.bindingService.getChained.bind(this.#serviceReferenceManager.bindingService),
          getClassMetadata: core_1.getClassMetadata,
          getPlan: this.#serviceReferenceManager.planResultCacheService.get.bind(this.#serviceReferenceManager.planResultCacheService),
          setBinding: this.#setBinding.bind(this),
          setNonCachedServiceNode: this.#serviceReferenceManager.planResultCacheService.setNonCachedServiceNode.bind(this.#serviceReferenceManager.planResultCacheService),
          setPlan: this.#serviceReferenceManager.planResultCacheService.set.bind(this.#serviceReferenceManager.planResultCacheService)
        };
        this.#serviceReferenceManager.onReset(() => {
          this.#resetComputedProperties();
        });
      }
      #resetComputedProperties() {
        this.planParamsOperations.getBindings = this.#serviceReferenceManager.bindingService.get.bind(this.#serviceReferenceManager.bindingService);
        this.planParamsOperations.getBindingsChained = this.#serviceReferenceManager.bindingService.getChained.bind(this.#serviceReferenceManager.bindingService);
        this.planParamsOperations.setBinding = this.#setBinding.bind(this);
      }
      #setBinding(binding) {
        this.#serviceReferenceManager.bindingService.set(binding);
        this.#serviceReferenceManager.planResultCacheService.invalidateServiceBinding({
          binding,
          kind: core_1.CacheBindingInvalidationKind.bindingAdded,
          operations: this.planParamsOperations
        });
      }
    };
    exports2.PlanParamsOperationsManager = PlanParamsOperationsManager;
  }
});

// node_modules/@inversifyjs/container/lib/cjs/container/services/PlanResultCacheManager.js
var require_PlanResultCacheManager = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/container/services/PlanResultCacheManager.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.PlanResultCacheManager = void 0;
    var PlanResultCacheManager = class {
      #planParamsOperationsManager;
      #serviceReferenceManager;
      constructor(planParamsOperationsManager, serviceReferenceManager) {
        this.#planParamsOperationsManager = planParamsOperationsManager;
        this.#serviceReferenceManager = serviceReferenceManager;
      }
      invalidateService(invalidation) {
        this.#serviceReferenceManager.planResultCacheService.invalidateServiceBinding({
          ...invalidation,
          operations: this.#planParamsOperationsManager.planParamsOperations
        });
      }
    };
    exports2.PlanResultCacheManager = PlanResultCacheManager;
  }
});

// node_modules/@inversifyjs/plugin/lib/cjs/plugin/models/Plugin.js
var require_Plugin = __commonJS({
  "node_modules/@inversifyjs/plugin/lib/cjs/plugin/models/Plugin.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Plugin = exports2.isPlugin = void 0;
    exports2.isPlugin = Symbol.for("@inversifyjs/plugin/isPlugin");
    var Plugin = class {
      [exports2.isPlugin] = true;
      _container;
      _context;
      constructor(container, context) {
        this._container = container;
        this._context = context;
      }
    };
    exports2.Plugin = Plugin;
  }
});

// node_modules/@inversifyjs/plugin/lib/cjs/index.js
var require_cjs5 = __commonJS({
  "node_modules/@inversifyjs/plugin/lib/cjs/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isPlugin = exports2.Plugin = void 0;
    var Plugin_1 = require_Plugin();
    Object.defineProperty(exports2, "Plugin", { enumerable: true, get: function() {
      return Plugin_1.Plugin;
    } });
    var Plugin_2 = require_Plugin();
    Object.defineProperty(exports2, "isPlugin", { enumerable: true, get: function() {
      return Plugin_2.isPlugin;
    } });
  }
});

// node_modules/@inversifyjs/container/lib/cjs/container/services/PluginManager.js
var require_PluginManager = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/container/services/PluginManager.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.PluginManager = void 0;
    var plugin_1 = require_cjs5();
    var InversifyContainerError_1 = require_InversifyContainerError();
    var InversifyContainerErrorKind_1 = require_InversifyContainerErrorKind();
    var PluginManager = class {
      #pluginApi;
      #pluginContext;
      #serviceResolutionManager;
      #serviceReferenceManager;
      constructor(container, serviceReferenceManager, serviceResolutionManager) {
        this.#serviceReferenceManager = serviceReferenceManager;
        this.#serviceResolutionManager = serviceResolutionManager;
        this.#pluginApi = this.#buildPluginApi(container);
        this.#pluginContext = this.#buildPluginContext();
      }
      register(container, pluginConstructor) {
        const pluginInstance = new pluginConstructor(container, this.#pluginContext);
        if (pluginInstance[plugin_1.isPlugin] !== true) {
          throw new InversifyContainerError_1.InversifyContainerError(InversifyContainerErrorKind_1.InversifyContainerErrorKind.invalidOperation, "Invalid plugin. The plugin must extend the Plugin class");
        }
        pluginInstance.load(this.#pluginApi);
      }
      #buildPluginApi(container) {
        return {
          define: (name, method) => {
            if (Object.prototype.hasOwnProperty.call(container, name)) {
              throw new InversifyContainerError_1.InversifyContainerError(InversifyContainerErrorKind_1.InversifyContainerErrorKind.invalidOperation, `Container already has a method named "${String(name)}"`);
            }
            container[name] = method;
          },
          onPlan: this.#serviceResolutionManager.onPlan.bind(this.#serviceResolutionManager)
        };
      }
      #buildPluginContext() {
        const serviceReferenceManager = this.#serviceReferenceManager;
        return {
          get activationService() {
            return serviceReferenceManager.activationService;
          },
          get bindingService() {
            return serviceReferenceManager.bindingService;
          },
          get deactivationService() {
            return serviceReferenceManager.deactivationService;
          },
          get planResultCacheService() {
            return serviceReferenceManager.planResultCacheService;
          }
        };
      }
    };
    exports2.PluginManager = PluginManager;
  }
});

// node_modules/@inversifyjs/container/lib/cjs/container/services/ServiceReferenceManager.js
var require_ServiceReferenceManager = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/container/services/ServiceReferenceManager.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ServiceReferenceManager = void 0;
    var ServiceReferenceManager = class {
      activationService;
      bindingService;
      deactivationService;
      planResultCacheService;
      #onResetComputedPropertiesListeners;
      constructor(activationService, bindingService, deactivationService, planResultCacheService) {
        this.activationService = activationService;
        this.bindingService = bindingService;
        this.deactivationService = deactivationService;
        this.planResultCacheService = planResultCacheService;
        this.#onResetComputedPropertiesListeners = [];
      }
      reset(activationService, bindingService, deactivationService) {
        this.activationService = activationService;
        this.bindingService = bindingService;
        this.deactivationService = deactivationService;
        this.planResultCacheService.clearCache();
        for (const listener of this.#onResetComputedPropertiesListeners) {
          listener();
        }
      }
      onReset(listener) {
        this.#onResetComputedPropertiesListeners.push(listener);
      }
    };
    exports2.ServiceReferenceManager = ServiceReferenceManager;
  }
});

// node_modules/@inversifyjs/container/lib/cjs/container/services/ServiceResolutionManager.js
var require_ServiceResolutionManager = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/container/services/ServiceResolutionManager.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ServiceResolutionManager = void 0;
    var common_1 = require_cjs();
    var core_1 = require_cjs4();
    var InversifyContainerError_1 = require_InversifyContainerError();
    var InversifyContainerErrorKind_1 = require_InversifyContainerErrorKind();
    var ServiceResolutionManager = class {
      #autobind;
      #defaultScope;
      #getActivationsResolutionParam;
      #resolutionContext;
      #onPlanHandlers;
      #planParamsOperationsManager;
      #serviceReferenceManager;
      constructor(planParamsOperationsManager, serviceReferenceManager, autobind, defaultScope) {
        this.#planParamsOperationsManager = planParamsOperationsManager;
        this.#serviceReferenceManager = serviceReferenceManager;
        this.#resolutionContext = this.#buildResolutionContext();
        this.#autobind = autobind;
        this.#defaultScope = defaultScope;
        this.#getActivationsResolutionParam = (serviceIdentifier) => this.#serviceReferenceManager.activationService.get(serviceIdentifier);
        this.#onPlanHandlers = [];
        this.#serviceReferenceManager.onReset(() => {
          this.#resetComputedProperties();
        });
      }
      get(serviceIdentifier, options) {
        const planResult = this.#buildPlanResult(false, serviceIdentifier, options);
        const resolvedValue = this.#getFromPlanResult(planResult);
        if ((0, common_1.isPromise)(resolvedValue)) {
          throw new InversifyContainerError_1.InversifyContainerError(InversifyContainerErrorKind_1.InversifyContainerErrorKind.invalidOperation, `Unexpected asynchronous service when resolving service "${(0, common_1.stringifyServiceIdentifier)(serviceIdentifier)}"`);
        }
        return resolvedValue;
      }
      getAll(serviceIdentifier, options) {
        const planResult = this.#buildPlanResult(true, serviceIdentifier, options);
        const resolvedValue = this.#getFromPlanResult(planResult);
        if ((0, common_1.isPromise)(resolvedValue)) {
          throw new InversifyContainerError_1.InversifyContainerError(InversifyContainerErrorKind_1.InversifyContainerErrorKind.invalidOperation, `Unexpected asynchronous service when resolving service "${(0, common_1.stringifyServiceIdentifier)(serviceIdentifier)}"`);
        }
        return resolvedValue;
      }
      async getAllAsync(serviceIdentifier, options) {
        const planResult = this.#buildPlanResult(true, serviceIdentifier, options);
        return this.#getFromPlanResult(planResult);
      }
      async getAsync(serviceIdentifier, options) {
        const planResult = this.#buildPlanResult(false, serviceIdentifier, options);
        return this.#getFromPlanResult(planResult);
      }
      onPlan(handler) {
        this.#onPlanHandlers.push(handler);
      }
      #resetComputedProperties() {
        this.#resolutionContext = this.#buildResolutionContext();
      }
      #buildGetPlanOptions(isMultiple, serviceIdentifier, options) {
        const name = options?.name;
        const optional = options?.optional ?? false;
        const tag = options?.tag;
        if (isMultiple) {
          return {
            chained: options?.chained ?? false,
            isMultiple,
            name,
            optional,
            serviceIdentifier,
            tag
          };
        } else {
          return {
            isMultiple,
            name,
            optional,
            serviceIdentifier,
            tag
          };
        }
      }
      #buildPlanParams(serviceIdentifier, isMultiple, options) {
        const planParams = {
          autobindOptions: options?.autobind ?? this.#autobind ? {
            scope: this.#defaultScope
          } : void 0,
          operations: this.#planParamsOperationsManager.planParamsOperations,
          rootConstraints: this.#buildPlanParamsConstraints(serviceIdentifier, isMultiple, options),
          servicesBranch: []
        };
        this.#handlePlanParamsRootConstraints(planParams, options);
        return planParams;
      }
      #buildPlanParamsConstraints(serviceIdentifier, isMultiple, options) {
        if (isMultiple) {
          return {
            chained: options?.chained ?? false,
            isMultiple,
            serviceIdentifier
          };
        } else {
          return {
            isMultiple,
            serviceIdentifier
          };
        }
      }
      #buildPlanResult(isMultiple, serviceIdentifier, options) {
        const getPlanOptions = this.#buildGetPlanOptions(isMultiple, serviceIdentifier, options);
        const planResultFromCache = this.#serviceReferenceManager.planResultCacheService.get(getPlanOptions);
        if (planResultFromCache !== void 0) {
          return planResultFromCache;
        }
        const planResult = (0, core_1.plan)(this.#buildPlanParams(serviceIdentifier, isMultiple, options));
        for (const handler of this.#onPlanHandlers) {
          handler(getPlanOptions, planResult);
        }
        return planResult;
      }
      #buildResolutionContext() {
        return {
          get: this.get.bind(this),
          getAll: this.getAll.bind(this),
          getAllAsync: this.getAllAsync.bind(this),
          getAsync: this.getAsync.bind(this)
        };
      }
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
      #getFromPlanResult(planResult) {
        return (0, core_1.resolve)({
          context: this.#resolutionContext,
          getActivations: this.#getActivationsResolutionParam,
          planResult,
          requestScopeCache: /* @__PURE__ */ new Map()
        });
      }
      #handlePlanParamsRootConstraints(planParams, options) {
        if (options === void 0) {
          return;
        }
        if (options.name !== void 0) {
          planParams.rootConstraints.name = options.name;
        }
        if (options.optional === true) {
          planParams.rootConstraints.isOptional = true;
        }
        if (options.tag !== void 0) {
          planParams.rootConstraints.tag = {
            key: options.tag.key,
            value: options.tag.value
          };
        }
        if (planParams.rootConstraints.isMultiple) {
          planParams.rootConstraints.chained = options?.chained ?? false;
        }
      }
    };
    exports2.ServiceResolutionManager = ServiceResolutionManager;
  }
});

// node_modules/@inversifyjs/container/lib/cjs/container/services/SnapshotManager.js
var require_SnapshotManager = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/container/services/SnapshotManager.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.SnapshotManager = void 0;
    var InversifyContainerError_1 = require_InversifyContainerError();
    var InversifyContainerErrorKind_1 = require_InversifyContainerErrorKind();
    var SnapshotManager = class {
      #serviceReferenceManager;
      #snapshots;
      constructor(serviceReferenceManager) {
        this.#serviceReferenceManager = serviceReferenceManager;
        this.#snapshots = [];
      }
      restore() {
        const snapshot = this.#snapshots.pop();
        if (snapshot === void 0) {
          throw new InversifyContainerError_1.InversifyContainerError(InversifyContainerErrorKind_1.InversifyContainerErrorKind.invalidOperation, "No snapshot available to restore");
        }
        this.#serviceReferenceManager.reset(snapshot.activationService, snapshot.bindingService, snapshot.deactivationService);
      }
      snapshot() {
        this.#snapshots.push({
          activationService: this.#serviceReferenceManager.activationService.clone(),
          bindingService: this.#serviceReferenceManager.bindingService.clone(),
          deactivationService: this.#serviceReferenceManager.deactivationService.clone()
        });
      }
    };
    exports2.SnapshotManager = SnapshotManager;
  }
});

// node_modules/@inversifyjs/container/lib/cjs/container/services/Container.js
var require_Container = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/container/services/Container.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Container = void 0;
    var core_1 = require_cjs4();
    var BindingManager_1 = require_BindingManager();
    var ContainerModuleManager_1 = require_ContainerModuleManager();
    var DeactivationParamsManager_1 = require_DeactivationParamsManager();
    var PlanParamsOperationsManager_1 = require_PlanParamsOperationsManager();
    var PlanResultCacheManager_1 = require_PlanResultCacheManager();
    var PluginManager_1 = require_PluginManager();
    var ServiceReferenceManager_1 = require_ServiceReferenceManager();
    var ServiceResolutionManager_1 = require_ServiceResolutionManager();
    var SnapshotManager_1 = require_SnapshotManager();
    var DEFAULT_DEFAULT_SCOPE = core_1.bindingScopeValues.Transient;
    var Container2 = class {
      #bindingManager;
      #containerModuleManager;
      #pluginManager;
      #serviceReferenceManager;
      #serviceResolutionManager;
      #snapshotManager;
      constructor(options) {
        const autobind = options?.autobind ?? false;
        const defaultScope = options?.defaultScope ?? DEFAULT_DEFAULT_SCOPE;
        this.#serviceReferenceManager = this.#buildServiceReferenceManager(options, autobind, defaultScope);
        const planParamsOperationsManager = new PlanParamsOperationsManager_1.PlanParamsOperationsManager(this.#serviceReferenceManager);
        const planResultCacheManager = new PlanResultCacheManager_1.PlanResultCacheManager(planParamsOperationsManager, this.#serviceReferenceManager);
        const deactivationParamsManager = new DeactivationParamsManager_1.DeactivationParamsManager(this.#serviceReferenceManager);
        this.#bindingManager = new BindingManager_1.BindingManager(deactivationParamsManager.deactivationParams, defaultScope, planResultCacheManager, this.#serviceReferenceManager);
        this.#containerModuleManager = new ContainerModuleManager_1.ContainerModuleManager(this.#bindingManager, deactivationParamsManager.deactivationParams, defaultScope, planResultCacheManager, this.#serviceReferenceManager);
        this.#serviceResolutionManager = new ServiceResolutionManager_1.ServiceResolutionManager(planParamsOperationsManager, this.#serviceReferenceManager, autobind, defaultScope);
        this.#pluginManager = new PluginManager_1.PluginManager(this, this.#serviceReferenceManager, this.#serviceResolutionManager);
        this.#snapshotManager = new SnapshotManager_1.SnapshotManager(this.#serviceReferenceManager);
      }
      bind(serviceIdentifier) {
        return this.#bindingManager.bind(serviceIdentifier);
      }
      get(serviceIdentifier, options) {
        return this.#serviceResolutionManager.get(serviceIdentifier, options);
      }
      getAll(serviceIdentifier, options) {
        return this.#serviceResolutionManager.getAll(serviceIdentifier, options);
      }
      async getAllAsync(serviceIdentifier, options) {
        return this.#serviceResolutionManager.getAllAsync(serviceIdentifier, options);
      }
      async getAsync(serviceIdentifier, options) {
        return this.#serviceResolutionManager.getAsync(serviceIdentifier, options);
      }
      isBound(serviceIdentifier, options) {
        return this.#bindingManager.isBound(serviceIdentifier, options);
      }
      isCurrentBound(serviceIdentifier, options) {
        return this.#bindingManager.isCurrentBound(serviceIdentifier, options);
      }
      async load(...modules) {
        return this.#containerModuleManager.load(...modules);
      }
      loadSync(...modules) {
        this.#containerModuleManager.loadSync(...modules);
      }
      onActivation(serviceIdentifier, activation) {
        this.#serviceReferenceManager.activationService.add(activation, {
          serviceId: serviceIdentifier
        });
      }
      onDeactivation(serviceIdentifier, deactivation) {
        this.#serviceReferenceManager.deactivationService.add(deactivation, {
          serviceId: serviceIdentifier
        });
      }
      register(pluginConstructor) {
        this.#pluginManager.register(this, pluginConstructor);
      }
      restore() {
        this.#snapshotManager.restore();
      }
      async rebind(serviceIdentifier) {
        return this.#bindingManager.rebind(serviceIdentifier);
      }
      rebindSync(serviceIdentifier) {
        return this.#bindingManager.rebindSync(serviceIdentifier);
      }
      snapshot() {
        this.#snapshotManager.snapshot();
      }
      async unbind(identifier) {
        await this.#bindingManager.unbind(identifier);
      }
      async unbindAll() {
        await this.#bindingManager.unbindAll();
      }
      unbindAllSync() {
        this.#bindingManager.unbindAllSync();
      }
      unbindSync(identifier) {
        this.#bindingManager.unbindSync(identifier);
      }
      async unload(...modules) {
        return this.#containerModuleManager.unload(...modules);
      }
      unloadSync(...modules) {
        this.#containerModuleManager.unloadSync(...modules);
      }
      #buildAutobindOptions(autobind, defaultScope) {
        if (autobind) {
          return { scope: defaultScope };
        }
        return void 0;
      }
      #buildServiceReferenceManager(options, autobind, defaultScope) {
        const autobindOptions = this.#buildAutobindOptions(autobind, defaultScope);
        if (options?.parent === void 0) {
          return new ServiceReferenceManager_1.ServiceReferenceManager(core_1.ActivationsService.build(() => void 0), core_1.BindingService.build(() => void 0, autobindOptions), core_1.DeactivationsService.build(() => void 0), new core_1.PlanResultCacheService());
        }
        const planResultCacheService = new core_1.PlanResultCacheService();
        const parent = options.parent;
        parent.#serviceReferenceManager.planResultCacheService.subscribe(planResultCacheService);
        return new ServiceReferenceManager_1.ServiceReferenceManager(core_1.ActivationsService.build(() => parent.#serviceReferenceManager.activationService), core_1.BindingService.build(() => parent.#serviceReferenceManager.bindingService, autobindOptions), core_1.DeactivationsService.build(() => parent.#serviceReferenceManager.deactivationService), planResultCacheService);
      }
    };
    exports2.Container = Container2;
  }
});

// node_modules/@inversifyjs/container/lib/cjs/index.js
var require_cjs6 = __commonJS({
  "node_modules/@inversifyjs/container/lib/cjs/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.InversifyContainerErrorKind = exports2.InversifyContainerError = exports2.ContainerModule = exports2.Container = void 0;
    require_ReflectLite();
    var ContainerModule_1 = require_ContainerModule();
    Object.defineProperty(exports2, "ContainerModule", { enumerable: true, get: function() {
      return ContainerModule_1.ContainerModule;
    } });
    var Container_1 = require_Container();
    Object.defineProperty(exports2, "Container", { enumerable: true, get: function() {
      return Container_1.Container;
    } });
    var InversifyContainerError_1 = require_InversifyContainerError();
    Object.defineProperty(exports2, "InversifyContainerError", { enumerable: true, get: function() {
      return InversifyContainerError_1.InversifyContainerError;
    } });
    var InversifyContainerErrorKind_1 = require_InversifyContainerErrorKind();
    Object.defineProperty(exports2, "InversifyContainerErrorKind", { enumerable: true, get: function() {
      return InversifyContainerErrorKind_1.InversifyContainerErrorKind;
    } });
  }
});

// node_modules/inversify/lib/cjs/index.js
var require_cjs7 = __commonJS({
  "node_modules/inversify/lib/cjs/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.preDestroy = exports2.postConstruct = exports2.tagged = exports2.unmanaged = exports2.optional = exports2.named = exports2.multiInject = exports2.injectable = exports2.injectFromHierarchy = exports2.injectFromBase = exports2.inject = exports2.decorate = exports2.bindingTypeValues = exports2.bindingScopeValues = exports2.ContainerModule = exports2.Container = exports2.LazyServiceIdentifier = void 0;
    var common_1 = require_cjs();
    Object.defineProperty(exports2, "LazyServiceIdentifier", { enumerable: true, get: function() {
      return common_1.LazyServiceIdentifier;
    } });
    var container_1 = require_cjs6();
    Object.defineProperty(exports2, "Container", { enumerable: true, get: function() {
      return container_1.Container;
    } });
    Object.defineProperty(exports2, "ContainerModule", { enumerable: true, get: function() {
      return container_1.ContainerModule;
    } });
    var core_1 = require_cjs4();
    Object.defineProperty(exports2, "bindingScopeValues", { enumerable: true, get: function() {
      return core_1.bindingScopeValues;
    } });
    Object.defineProperty(exports2, "bindingTypeValues", { enumerable: true, get: function() {
      return core_1.bindingTypeValues;
    } });
    Object.defineProperty(exports2, "decorate", { enumerable: true, get: function() {
      return core_1.decorate;
    } });
    Object.defineProperty(exports2, "inject", { enumerable: true, get: function() {
      return core_1.inject;
    } });
    Object.defineProperty(exports2, "injectFromBase", { enumerable: true, get: function() {
      return core_1.injectFromBase;
    } });
    Object.defineProperty(exports2, "injectFromHierarchy", { enumerable: true, get: function() {
      return core_1.injectFromHierarchy;
    } });
    Object.defineProperty(exports2, "injectable", { enumerable: true, get: function() {
      return core_1.injectable;
    } });
    Object.defineProperty(exports2, "multiInject", { enumerable: true, get: function() {
      return core_1.multiInject;
    } });
    Object.defineProperty(exports2, "named", { enumerable: true, get: function() {
      return core_1.named;
    } });
    Object.defineProperty(exports2, "optional", { enumerable: true, get: function() {
      return core_1.optional;
    } });
    Object.defineProperty(exports2, "unmanaged", { enumerable: true, get: function() {
      return core_1.unmanaged;
    } });
    Object.defineProperty(exports2, "tagged", { enumerable: true, get: function() {
      return core_1.tagged;
    } });
    Object.defineProperty(exports2, "postConstruct", { enumerable: true, get: function() {
      return core_1.postConstruct;
    } });
    Object.defineProperty(exports2, "preDestroy", { enumerable: true, get: function() {
      return core_1.preDestroy;
    } });
  }
});

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports2) {
    var CommanderError = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError = class extends CommanderError {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports2.CommanderError = CommanderError;
    exports2.InvalidArgumentError = InvalidArgumentError;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports2) {
    var { InvalidArgumentError } = require_error();
    var Argument = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports2.Argument = Argument;
    exports2.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports2) {
    var { humanReadableArgName } = require_argument();
    var Help = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports2.Help = Help;
    exports2.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports2) {
    var { InvalidArgumentError } = require_error();
    var Option = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports2.Option = Option;
    exports2.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports2) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports2.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports2) {
    var EventEmitter = require("node:events").EventEmitter;
    var childProcess = require("node:child_process");
    var path = require("node:path");
    var fs = require("node:fs");
    var process2 = require("node:process");
    var { Argument, humanReadableArgName } = require_argument();
    var { CommanderError } = require_error();
    var { Help, stripColor } = require_help();
    var { Option, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports2.Command = Command;
    exports2.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports2) {
    var { Argument } = require_argument();
    var { Command } = require_command();
    var { CommanderError, InvalidArgumentError } = require_error();
    var { Help } = require_help();
    var { Option } = require_option();
    exports2.program = new Command();
    exports2.createCommand = (name) => new Command(name);
    exports2.createOption = (flags, description) => new Option(flags, description);
    exports2.createArgument = (name, description) => new Argument(name, description);
    exports2.Command = Command;
    exports2.Option = Option;
    exports2.Argument = Argument;
    exports2.Help = Help;
    exports2.CommanderError = CommanderError;
    exports2.InvalidArgumentError = InvalidArgumentError;
    exports2.InvalidOptionArgumentError = InvalidArgumentError;
  }
});

// node_modules/class-validator/cjs/container.js
var require_container = __commonJS({
  "node_modules/class-validator/cjs/container.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getFromContainer = exports2.useContainer = void 0;
    var defaultContainer = new class {
      constructor() {
        this.instances = [];
      }
      get(someClass) {
        let instance = this.instances.find((instance2) => instance2.type === someClass);
        if (!instance) {
          instance = { type: someClass, object: new someClass() };
          this.instances.push(instance);
        }
        return instance.object;
      }
    }();
    var userContainer;
    var userContainerOptions;
    function useContainer(iocContainer, options) {
      userContainer = iocContainer;
      userContainerOptions = options;
    }
    exports2.useContainer = useContainer;
    function getFromContainer(someClass) {
      if (userContainer) {
        try {
          const instance = userContainer.get(someClass);
          if (instance)
            return instance;
          if (!userContainerOptions || !userContainerOptions.fallback)
            return instance;
        } catch (error) {
          if (!userContainerOptions || !userContainerOptions.fallbackOnErrors)
            throw error;
        }
      }
      return defaultContainer.get(someClass);
    }
    exports2.getFromContainer = getFromContainer;
  }
});

// node_modules/class-validator/cjs/metadata/ConstraintMetadata.js
var require_ConstraintMetadata = __commonJS({
  "node_modules/class-validator/cjs/metadata/ConstraintMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ConstraintMetadata = void 0;
    var container_1 = require_container();
    var ConstraintMetadata = class {
      // -------------------------------------------------------------------------
      // Constructor
      // -------------------------------------------------------------------------
      constructor(target, name, async = false) {
        this.target = target;
        this.name = name;
        this.async = async;
      }
      // -------------------------------------------------------------------------
      // Accessors
      // -------------------------------------------------------------------------
      /**
       * Instance of the target custom validation class which performs validation.
       */
      get instance() {
        return (0, container_1.getFromContainer)(this.target);
      }
    };
    exports2.ConstraintMetadata = ConstraintMetadata;
  }
});

// node_modules/class-validator/cjs/metadata/ValidationMetadata.js
var require_ValidationMetadata = __commonJS({
  "node_modules/class-validator/cjs/metadata/ValidationMetadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ValidationMetadata = void 0;
    var ValidationMetadata = class {
      // -------------------------------------------------------------------------
      // Constructor
      // -------------------------------------------------------------------------
      constructor(args) {
        this.groups = [];
        this.each = false;
        this.context = void 0;
        this.type = args.type;
        this.name = args.name;
        this.target = args.target;
        this.propertyName = args.propertyName;
        this.constraints = args === null || args === void 0 ? void 0 : args.constraints;
        this.constraintCls = args.constraintCls;
        this.validationTypeOptions = args.validationTypeOptions;
        if (args.validationOptions) {
          this.message = args.validationOptions.message;
          this.groups = args.validationOptions.groups;
          this.always = args.validationOptions.always;
          this.each = args.validationOptions.each;
          this.context = args.validationOptions.context;
        }
      }
    };
    exports2.ValidationMetadata = ValidationMetadata;
  }
});

// node_modules/class-validator/cjs/validation/ValidationTypes.js
var require_ValidationTypes = __commonJS({
  "node_modules/class-validator/cjs/validation/ValidationTypes.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ValidationTypes = void 0;
    var ValidationTypes = class {
      /**
       * Checks if validation type is valid.
       */
      static isValid(type) {
        return type !== "isValid" && type !== "getMessage" && Object.keys(this).map((key) => this[key]).indexOf(type) !== -1;
      }
    };
    exports2.ValidationTypes = ValidationTypes;
    ValidationTypes.CUSTOM_VALIDATION = "customValidation";
    ValidationTypes.NESTED_VALIDATION = "nestedValidation";
    ValidationTypes.PROMISE_VALIDATION = "promiseValidation";
    ValidationTypes.CONDITIONAL_VALIDATION = "conditionalValidation";
    ValidationTypes.WHITELIST = "whitelistValidation";
    ValidationTypes.IS_DEFINED = "isDefined";
  }
});

// node_modules/class-validator/cjs/validation-schema/ValidationSchemaToMetadataTransformer.js
var require_ValidationSchemaToMetadataTransformer = __commonJS({
  "node_modules/class-validator/cjs/validation-schema/ValidationSchemaToMetadataTransformer.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ValidationSchemaToMetadataTransformer = void 0;
    var ValidationMetadata_1 = require_ValidationMetadata();
    var ValidationSchemaToMetadataTransformer = class {
      transform(schema) {
        const metadatas = [];
        Object.keys(schema.properties).forEach((property) => {
          schema.properties[property].forEach((validation) => {
            const validationOptions = {
              message: validation.message,
              groups: validation.groups,
              always: validation.always,
              each: validation.each
            };
            const args = {
              type: validation.type,
              name: validation.name,
              target: schema.name,
              propertyName: property,
              constraints: validation.constraints,
              validationTypeOptions: validation.options,
              validationOptions
            };
            metadatas.push(new ValidationMetadata_1.ValidationMetadata(args));
          });
        });
        return metadatas;
      }
    };
    exports2.ValidationSchemaToMetadataTransformer = ValidationSchemaToMetadataTransformer;
  }
});

// node_modules/class-validator/cjs/utils/convert-to-array.util.js
var require_convert_to_array_util = __commonJS({
  "node_modules/class-validator/cjs/utils/convert-to-array.util.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.convertToArray = void 0;
    function convertToArray(val) {
      if (val instanceof Map) {
        return Array.from(val.values());
      }
      return Array.isArray(val) ? val : Array.from(val);
    }
    exports2.convertToArray = convertToArray;
  }
});

// node_modules/class-validator/cjs/utils/get-global.util.js
var require_get_global_util = __commonJS({
  "node_modules/class-validator/cjs/utils/get-global.util.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getGlobal = void 0;
    function getGlobal() {
      if (typeof globalThis !== "undefined") {
        return globalThis;
      }
      if (typeof global !== "undefined") {
        return global;
      }
      if (typeof window !== "undefined") {
        return window;
      }
      if (typeof self !== "undefined") {
        return self;
      }
    }
    exports2.getGlobal = getGlobal;
  }
});

// node_modules/class-validator/cjs/utils/is-promise.util.js
var require_is_promise_util = __commonJS({
  "node_modules/class-validator/cjs/utils/is-promise.util.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isPromise = void 0;
    function isPromise(p) {
      return p !== null && typeof p === "object" && typeof p.then === "function";
    }
    exports2.isPromise = isPromise;
  }
});

// node_modules/class-validator/cjs/utils/index.js
var require_utils = __commonJS({
  "node_modules/class-validator/cjs/utils/index.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    } : function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    });
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    __exportStar(require_convert_to_array_util(), exports2);
    __exportStar(require_get_global_util(), exports2);
    __exportStar(require_is_promise_util(), exports2);
  }
});

// node_modules/class-validator/cjs/metadata/MetadataStorage.js
var require_MetadataStorage = __commonJS({
  "node_modules/class-validator/cjs/metadata/MetadataStorage.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getMetadataStorage = exports2.MetadataStorage = void 0;
    var ValidationSchemaToMetadataTransformer_1 = require_ValidationSchemaToMetadataTransformer();
    var utils_1 = require_utils();
    var MetadataStorage = class {
      constructor() {
        this.validationMetadatas = /* @__PURE__ */ new Map();
        this.constraintMetadatas = /* @__PURE__ */ new Map();
      }
      get hasValidationMetaData() {
        return !!this.validationMetadatas.size;
      }
      // -------------------------------------------------------------------------
      // Public Methods
      // -------------------------------------------------------------------------
      /**
       * Adds a new validation metadata.
       */
      addValidationSchema(schema) {
        const validationMetadatas = new ValidationSchemaToMetadataTransformer_1.ValidationSchemaToMetadataTransformer().transform(schema);
        validationMetadatas.forEach((validationMetadata) => this.addValidationMetadata(validationMetadata));
      }
      /**
       * Adds a new validation metadata.
       */
      addValidationMetadata(metadata) {
        const existingMetadata = this.validationMetadatas.get(metadata.target);
        if (existingMetadata) {
          existingMetadata.push(metadata);
        } else {
          this.validationMetadatas.set(metadata.target, [metadata]);
        }
      }
      /**
       * Adds a new constraint metadata.
       */
      addConstraintMetadata(metadata) {
        const existingMetadata = this.constraintMetadatas.get(metadata.target);
        if (existingMetadata) {
          existingMetadata.push(metadata);
        } else {
          this.constraintMetadatas.set(metadata.target, [metadata]);
        }
      }
      /**
       * Groups metadata by their property names.
       */
      groupByPropertyName(metadata) {
        const grouped = {};
        metadata.forEach((metadata2) => {
          if (!grouped[metadata2.propertyName])
            grouped[metadata2.propertyName] = [];
          grouped[metadata2.propertyName].push(metadata2);
        });
        return grouped;
      }
      /**
       * Gets all validation metadatas for the given object with the given groups.
       */
      getTargetValidationMetadatas(targetConstructor, targetSchema, always, strictGroups, groups) {
        const includeMetadataBecauseOfAlwaysOption = (metadata) => {
          if (typeof metadata.always !== "undefined")
            return metadata.always;
          if (metadata.groups && metadata.groups.length)
            return false;
          return always;
        };
        const excludeMetadataBecauseOfStrictGroupsOption = (metadata) => {
          if (strictGroups) {
            if (!groups || !groups.length) {
              if (metadata.groups && metadata.groups.length)
                return true;
            }
          }
          return false;
        };
        const filteredForOriginalMetadatasSearch = this.validationMetadatas.get(targetConstructor) || [];
        const originalMetadatas = filteredForOriginalMetadatasSearch.filter((metadata) => {
          if (metadata.target !== targetConstructor && metadata.target !== targetSchema)
            return false;
          if (includeMetadataBecauseOfAlwaysOption(metadata))
            return true;
          if (excludeMetadataBecauseOfStrictGroupsOption(metadata))
            return false;
          if (groups && groups.length > 0)
            return metadata.groups && !!metadata.groups.find((group) => groups.indexOf(group) !== -1);
          return true;
        });
        const filteredForInheritedMetadatasSearch = [];
        for (const [key, value] of this.validationMetadatas.entries()) {
          if (targetConstructor.prototype instanceof key) {
            filteredForInheritedMetadatasSearch.push(...value);
          }
        }
        const inheritedMetadatas = filteredForInheritedMetadatasSearch.filter((metadata) => {
          if (typeof metadata.target === "string")
            return false;
          if (metadata.target === targetConstructor)
            return false;
          if (metadata.target instanceof Function && !(targetConstructor.prototype instanceof metadata.target))
            return false;
          if (includeMetadataBecauseOfAlwaysOption(metadata))
            return true;
          if (excludeMetadataBecauseOfStrictGroupsOption(metadata))
            return false;
          if (groups && groups.length > 0)
            return metadata.groups && !!metadata.groups.find((group) => groups.indexOf(group) !== -1);
          return true;
        });
        const uniqueInheritedMetadatas = inheritedMetadatas.filter((inheritedMetadata) => {
          return !originalMetadatas.find((originalMetadata) => {
            return originalMetadata.propertyName === inheritedMetadata.propertyName && originalMetadata.type === inheritedMetadata.type;
          });
        });
        return originalMetadatas.concat(uniqueInheritedMetadatas);
      }
      /**
       * Gets all validator constraints for the given object.
       */
      getTargetValidatorConstraints(target) {
        return this.constraintMetadatas.get(target) || [];
      }
    };
    exports2.MetadataStorage = MetadataStorage;
    function getMetadataStorage() {
      const global2 = (0, utils_1.getGlobal)();
      if (!global2.classValidatorMetadataStorage) {
        global2.classValidatorMetadataStorage = new MetadataStorage();
      }
      return global2.classValidatorMetadataStorage;
    }
    exports2.getMetadataStorage = getMetadataStorage;
  }
});

// node_modules/class-validator/cjs/register-decorator.js
var require_register_decorator = __commonJS({
  "node_modules/class-validator/cjs/register-decorator.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.registerDecorator = void 0;
    var ConstraintMetadata_1 = require_ConstraintMetadata();
    var ValidationMetadata_1 = require_ValidationMetadata();
    var ValidationTypes_1 = require_ValidationTypes();
    var container_1 = require_container();
    var MetadataStorage_1 = require_MetadataStorage();
    function registerDecorator(options) {
      let constraintCls;
      if (options.validator instanceof Function) {
        constraintCls = options.validator;
        const constraintClasses = (0, container_1.getFromContainer)(MetadataStorage_1.MetadataStorage).getTargetValidatorConstraints(options.validator);
        if (constraintClasses.length > 1) {
          throw `More than one implementation of ValidatorConstraintInterface found for validator on: ${options.target.name}:${options.propertyName}`;
        }
      } else {
        const validator = options.validator;
        constraintCls = class CustomConstraint {
          validate(value, validationArguments) {
            return validator.validate(value, validationArguments);
          }
          defaultMessage(validationArguments) {
            if (validator.defaultMessage) {
              return validator.defaultMessage(validationArguments);
            }
            return "";
          }
        };
        (0, MetadataStorage_1.getMetadataStorage)().addConstraintMetadata(new ConstraintMetadata_1.ConstraintMetadata(constraintCls, options.name, options.async));
      }
      const validationMetadataArgs = {
        type: options.name && ValidationTypes_1.ValidationTypes.isValid(options.name) ? options.name : ValidationTypes_1.ValidationTypes.CUSTOM_VALIDATION,
        name: options.name,
        target: options.target,
        propertyName: options.propertyName,
        validationOptions: options.options,
        constraintCls,
        constraints: options.constraints
      };
      (0, MetadataStorage_1.getMetadataStorage)().addValidationMetadata(new ValidationMetadata_1.ValidationMetadata(validationMetadataArgs));
    }
    exports2.registerDecorator = registerDecorator;
  }
});

// node_modules/class-validator/cjs/decorator/common/ValidateBy.js
var require_ValidateBy = __commonJS({
  "node_modules/class-validator/cjs/decorator/common/ValidateBy.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ValidateBy = exports2.buildMessage = void 0;
    var register_decorator_1 = require_register_decorator();
    function buildMessage(impl, validationOptions) {
      return (validationArguments) => {
        const eachPrefix = validationOptions && validationOptions.each ? "each value in " : "";
        return impl(eachPrefix, validationArguments);
      };
    }
    exports2.buildMessage = buildMessage;
    function ValidateBy(options, validationOptions) {
      return function(object, propertyName) {
        (0, register_decorator_1.registerDecorator)({
          name: options.name,
          target: object.constructor,
          propertyName,
          options: validationOptions,
          constraints: options.constraints,
          validator: options.validator
        });
      };
    }
    exports2.ValidateBy = ValidateBy;
  }
});

// node_modules/class-validator/cjs/decorator/typechecker/IsString.js
var require_IsString = __commonJS({
  "node_modules/class-validator/cjs/decorator/typechecker/IsString.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.IsString = exports2.isString = exports2.IS_STRING = void 0;
    var ValidateBy_1 = require_ValidateBy();
    exports2.IS_STRING = "isString";
    function isString(value) {
      return value instanceof String || typeof value === "string";
    }
    exports2.isString = isString;
    function IsString2(validationOptions) {
      return (0, ValidateBy_1.ValidateBy)({
        name: exports2.IS_STRING,
        validator: {
          validate: (value, args) => isString(value),
          defaultMessage: (0, ValidateBy_1.buildMessage)((eachPrefix) => eachPrefix + "$property must be a string", validationOptions)
        }
      }, validationOptions);
    }
    exports2.IsString = IsString2;
  }
});

// node_modules/class-validator/cjs/validation/ValidationError.js
var require_ValidationError = __commonJS({
  "node_modules/class-validator/cjs/validation/ValidationError.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ValidationError = void 0;
    var ValidationError = class {
      /**
       *
       * @param shouldDecorate decorate the message with ANSI formatter escape codes for better readability
       * @param hasParent true when the error is a child of an another one
       * @param parentPath path as string to the parent of this property
       * @param showConstraintMessages show constraint messages instead of constraint names
       */
      toString(shouldDecorate = false, hasParent = false, parentPath = ``, showConstraintMessages = false) {
        const boldStart = shouldDecorate ? `\x1B[1m` : ``;
        const boldEnd = shouldDecorate ? `\x1B[22m` : ``;
        const constraintsToString = () => {
          var _a;
          return (showConstraintMessages ? Object.values : Object.keys)((_a = this.constraints) !== null && _a !== void 0 ? _a : {}).join(`, `);
        };
        const propConstraintFailed = (propertyName) => ` - property ${boldStart}${parentPath}${propertyName}${boldEnd} has failed the following constraints: ${boldStart}${constraintsToString()}${boldEnd} 
`;
        if (!hasParent) {
          return `An instance of ${boldStart}${this.target ? this.target.constructor.name : "an object"}${boldEnd} has failed the validation:
` + (this.constraints ? propConstraintFailed(this.property) : ``) + (this.children ? this.children.map((childError) => childError.toString(shouldDecorate, true, this.property, showConstraintMessages)).join(``) : ``);
        } else {
          const formattedProperty = Number.isInteger(+this.property) ? `[${this.property}]` : `${parentPath ? `.` : ``}${this.property}`;
          if (this.constraints) {
            return propConstraintFailed(formattedProperty);
          } else {
            return this.children ? this.children.map((childError) => childError.toString(shouldDecorate, true, `${parentPath}${formattedProperty}`, showConstraintMessages)).join(``) : ``;
          }
        }
      }
    };
    exports2.ValidationError = ValidationError;
  }
});

// node_modules/class-validator/cjs/validation/ValidationUtils.js
var require_ValidationUtils = __commonJS({
  "node_modules/class-validator/cjs/validation/ValidationUtils.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ValidationUtils = exports2.constraintToString = void 0;
    function constraintToString(constraint) {
      if (Array.isArray(constraint)) {
        return constraint.join(", ");
      }
      if (typeof constraint === "symbol") {
        constraint = constraint.description;
      }
      return `${constraint}`;
    }
    exports2.constraintToString = constraintToString;
    var ValidationUtils = class {
      static replaceMessageSpecialTokens(message, validationArguments) {
        let messageString;
        if (message instanceof Function) {
          messageString = message(validationArguments);
        } else if (typeof message === "string") {
          messageString = message;
        }
        if (messageString && Array.isArray(validationArguments.constraints)) {
          validationArguments.constraints.forEach((constraint, index) => {
            messageString = messageString.replace(new RegExp(`\\$constraint${index + 1}`, "g"), constraintToString(constraint));
          });
        }
        if (messageString && validationArguments.value !== void 0 && validationArguments.value !== null && ["string", "boolean", "number"].includes(typeof validationArguments.value))
          messageString = messageString.replace(/\$value/g, validationArguments.value);
        if (messageString)
          messageString = messageString.replace(/\$property/g, validationArguments.property);
        if (messageString)
          messageString = messageString.replace(/\$target/g, validationArguments.targetName);
        return messageString;
      }
    };
    exports2.ValidationUtils = ValidationUtils;
  }
});

// node_modules/class-validator/cjs/validation/ValidationExecutor.js
var require_ValidationExecutor = __commonJS({
  "node_modules/class-validator/cjs/validation/ValidationExecutor.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ValidationExecutor = void 0;
    var ValidationError_1 = require_ValidationError();
    var ValidationTypes_1 = require_ValidationTypes();
    var ValidationUtils_1 = require_ValidationUtils();
    var utils_1 = require_utils();
    var MetadataStorage_1 = require_MetadataStorage();
    var ValidationExecutor = class {
      // -------------------------------------------------------------------------
      // Constructor
      // -------------------------------------------------------------------------
      constructor(validator, validatorOptions) {
        this.validator = validator;
        this.validatorOptions = validatorOptions;
        this.awaitingPromises = [];
        this.ignoreAsyncValidations = false;
        this.metadataStorage = (0, MetadataStorage_1.getMetadataStorage)();
      }
      // -------------------------------------------------------------------------
      // Public Methods
      // -------------------------------------------------------------------------
      execute(object, targetSchema, validationErrors) {
        var _a, _b;
        if (!this.metadataStorage.hasValidationMetaData && ((_a = this.validatorOptions) === null || _a === void 0 ? void 0 : _a.enableDebugMessages) === true) {
          console.warn(`No validation metadata found. No validation will be  performed. There are multiple possible reasons:
  - There may be multiple class-validator versions installed. You will need to flatten your dependencies to fix the issue.
  - This validation runs before any file with validation decorator was parsed by NodeJS.`);
        }
        const groups = this.validatorOptions ? this.validatorOptions.groups : void 0;
        const strictGroups = this.validatorOptions && this.validatorOptions.strictGroups || false;
        const always = this.validatorOptions && this.validatorOptions.always || false;
        const forbidUnknownValues = ((_b = this.validatorOptions) === null || _b === void 0 ? void 0 : _b.forbidUnknownValues) === void 0 || this.validatorOptions.forbidUnknownValues !== false;
        const targetMetadatas = this.metadataStorage.getTargetValidationMetadatas(object.constructor, targetSchema, always, strictGroups, groups);
        const groupedMetadatas = this.metadataStorage.groupByPropertyName(targetMetadatas);
        if (forbidUnknownValues && !targetMetadatas.length) {
          const validationError = new ValidationError_1.ValidationError();
          if (!this.validatorOptions || !this.validatorOptions.validationError || this.validatorOptions.validationError.target === void 0 || this.validatorOptions.validationError.target === true)
            validationError.target = object;
          validationError.value = void 0;
          validationError.property = void 0;
          validationError.children = [];
          validationError.constraints = { unknownValue: "an unknown value was passed to the validate function" };
          validationErrors.push(validationError);
          return;
        }
        if (this.validatorOptions && this.validatorOptions.whitelist)
          this.whitelist(object, groupedMetadatas, validationErrors);
        Object.keys(groupedMetadatas).forEach((propertyName) => {
          const value = object[propertyName];
          const definedMetadatas = groupedMetadatas[propertyName].filter((metadata) => metadata.type === ValidationTypes_1.ValidationTypes.IS_DEFINED);
          const metadatas = groupedMetadatas[propertyName].filter((metadata) => metadata.type !== ValidationTypes_1.ValidationTypes.IS_DEFINED && metadata.type !== ValidationTypes_1.ValidationTypes.WHITELIST);
          if (value instanceof Promise && metadatas.find((metadata) => metadata.type === ValidationTypes_1.ValidationTypes.PROMISE_VALIDATION)) {
            this.awaitingPromises.push(value.then((resolvedValue) => {
              this.performValidations(object, resolvedValue, propertyName, definedMetadatas, metadatas, validationErrors);
            }));
          } else {
            this.performValidations(object, value, propertyName, definedMetadatas, metadatas, validationErrors);
          }
        });
      }
      whitelist(object, groupedMetadatas, validationErrors) {
        const notAllowedProperties = [];
        Object.keys(object).forEach((propertyName) => {
          if (!groupedMetadatas[propertyName] || groupedMetadatas[propertyName].length === 0)
            notAllowedProperties.push(propertyName);
        });
        if (notAllowedProperties.length > 0) {
          if (this.validatorOptions && this.validatorOptions.forbidNonWhitelisted) {
            notAllowedProperties.forEach((property) => {
              const validationError = this.generateValidationError(object, object[property], property);
              validationError.constraints = { [ValidationTypes_1.ValidationTypes.WHITELIST]: `property ${property} should not exist` };
              validationError.children = void 0;
              validationErrors.push(validationError);
            });
          } else {
            notAllowedProperties.forEach((property) => delete object[property]);
          }
        }
      }
      stripEmptyErrors(errors) {
        return errors.filter((error) => {
          if (error.children) {
            error.children = this.stripEmptyErrors(error.children);
          }
          if (Object.keys(error.constraints).length === 0) {
            if (error.children.length === 0) {
              return false;
            } else {
              delete error.constraints;
            }
          }
          return true;
        });
      }
      // -------------------------------------------------------------------------
      // Private Methods
      // -------------------------------------------------------------------------
      performValidations(object, value, propertyName, definedMetadatas, metadatas, validationErrors) {
        const customValidationMetadatas = metadatas.filter((metadata) => metadata.type === ValidationTypes_1.ValidationTypes.CUSTOM_VALIDATION);
        const nestedValidationMetadatas = metadatas.filter((metadata) => metadata.type === ValidationTypes_1.ValidationTypes.NESTED_VALIDATION);
        const conditionalValidationMetadatas = metadatas.filter((metadata) => metadata.type === ValidationTypes_1.ValidationTypes.CONDITIONAL_VALIDATION);
        const validationError = this.generateValidationError(object, value, propertyName);
        validationErrors.push(validationError);
        const canValidate = this.conditionalValidations(object, value, conditionalValidationMetadatas);
        if (!canValidate) {
          return;
        }
        this.customValidations(object, value, definedMetadatas, validationError);
        this.mapContexts(object, value, definedMetadatas, validationError);
        if (value === void 0 && this.validatorOptions && this.validatorOptions.skipUndefinedProperties === true) {
          return;
        }
        if (value === null && this.validatorOptions && this.validatorOptions.skipNullProperties === true) {
          return;
        }
        if ((value === null || value === void 0) && this.validatorOptions && this.validatorOptions.skipMissingProperties === true) {
          return;
        }
        this.customValidations(object, value, customValidationMetadatas, validationError);
        this.nestedValidations(value, nestedValidationMetadatas, validationError);
        this.mapContexts(object, value, metadatas, validationError);
        this.mapContexts(object, value, customValidationMetadatas, validationError);
      }
      generateValidationError(object, value, propertyName) {
        const validationError = new ValidationError_1.ValidationError();
        if (!this.validatorOptions || !this.validatorOptions.validationError || this.validatorOptions.validationError.target === void 0 || this.validatorOptions.validationError.target === true)
          validationError.target = object;
        if (!this.validatorOptions || !this.validatorOptions.validationError || this.validatorOptions.validationError.value === void 0 || this.validatorOptions.validationError.value === true)
          validationError.value = value;
        validationError.property = propertyName;
        validationError.children = [];
        validationError.constraints = {};
        return validationError;
      }
      conditionalValidations(object, value, metadatas) {
        return metadatas.map((metadata) => metadata.constraints[0](object, value)).reduce((resultA, resultB) => resultA && resultB, true);
      }
      customValidations(object, value, metadatas, error) {
        metadatas.forEach((metadata) => {
          this.metadataStorage.getTargetValidatorConstraints(metadata.constraintCls).forEach((customConstraintMetadata) => {
            if (customConstraintMetadata.async && this.ignoreAsyncValidations)
              return;
            if (this.validatorOptions && this.validatorOptions.stopAtFirstError && Object.keys(error.constraints || {}).length > 0)
              return;
            const validationArguments = {
              targetName: object.constructor ? object.constructor.name : void 0,
              property: metadata.propertyName,
              object,
              value,
              constraints: metadata.constraints
            };
            if (!metadata.each || !(Array.isArray(value) || value instanceof Set || value instanceof Map)) {
              const validatedValue = customConstraintMetadata.instance.validate(value, validationArguments);
              if ((0, utils_1.isPromise)(validatedValue)) {
                const promise = validatedValue.then((isValid) => {
                  if (!isValid) {
                    const [type, message] = this.createValidationError(object, value, metadata, customConstraintMetadata);
                    error.constraints[type] = message;
                    if (metadata.context) {
                      if (!error.contexts) {
                        error.contexts = {};
                      }
                      error.contexts[type] = Object.assign(error.contexts[type] || {}, metadata.context);
                    }
                  }
                });
                this.awaitingPromises.push(promise);
              } else {
                if (!validatedValue) {
                  const [type, message] = this.createValidationError(object, value, metadata, customConstraintMetadata);
                  error.constraints[type] = message;
                }
              }
              return;
            }
            const arrayValue = (0, utils_1.convertToArray)(value);
            const validatedSubValues = arrayValue.map((subValue) => customConstraintMetadata.instance.validate(subValue, validationArguments));
            const validationIsAsync = validatedSubValues.some((validatedSubValue) => (0, utils_1.isPromise)(validatedSubValue));
            if (validationIsAsync) {
              const asyncValidatedSubValues = validatedSubValues.map((validatedSubValue) => (0, utils_1.isPromise)(validatedSubValue) ? validatedSubValue : Promise.resolve(validatedSubValue));
              const asyncValidationIsFinishedPromise = Promise.all(asyncValidatedSubValues).then((flatValidatedValues) => {
                const validationResult2 = flatValidatedValues.every((isValid) => isValid);
                if (!validationResult2) {
                  const [type, message] = this.createValidationError(object, value, metadata, customConstraintMetadata);
                  error.constraints[type] = message;
                  if (metadata.context) {
                    if (!error.contexts) {
                      error.contexts = {};
                    }
                    error.contexts[type] = Object.assign(error.contexts[type] || {}, metadata.context);
                  }
                }
              });
              this.awaitingPromises.push(asyncValidationIsFinishedPromise);
              return;
            }
            const validationResult = validatedSubValues.every((isValid) => isValid);
            if (!validationResult) {
              const [type, message] = this.createValidationError(object, value, metadata, customConstraintMetadata);
              error.constraints[type] = message;
            }
          });
        });
      }
      nestedValidations(value, metadatas, error) {
        if (value === void 0) {
          return;
        }
        metadatas.forEach((metadata) => {
          if (metadata.type !== ValidationTypes_1.ValidationTypes.NESTED_VALIDATION && metadata.type !== ValidationTypes_1.ValidationTypes.PROMISE_VALIDATION) {
            return;
          } else if (this.validatorOptions && this.validatorOptions.stopAtFirstError && Object.keys(error.constraints || {}).length > 0) {
            return;
          }
          if (Array.isArray(value) || value instanceof Set || value instanceof Map) {
            const arrayLikeValue = value instanceof Set ? Array.from(value) : value;
            arrayLikeValue.forEach((subValue, index) => {
              this.performValidations(value, subValue, index.toString(), [], metadatas, error.children);
            });
          } else if (value instanceof Object) {
            const targetSchema = typeof metadata.target === "string" ? metadata.target : metadata.target.name;
            this.execute(value, targetSchema, error.children);
          } else {
            const [type, message] = this.createValidationError(metadata.target, value, metadata);
            error.constraints[type] = message;
          }
        });
      }
      mapContexts(object, value, metadatas, error) {
        return metadatas.forEach((metadata) => {
          if (metadata.context) {
            let customConstraint;
            if (metadata.type === ValidationTypes_1.ValidationTypes.CUSTOM_VALIDATION) {
              const customConstraints = this.metadataStorage.getTargetValidatorConstraints(metadata.constraintCls);
              customConstraint = customConstraints[0];
            }
            const type = this.getConstraintType(metadata, customConstraint);
            if (error.constraints[type]) {
              if (!error.contexts) {
                error.contexts = {};
              }
              error.contexts[type] = Object.assign(error.contexts[type] || {}, metadata.context);
            }
          }
        });
      }
      createValidationError(object, value, metadata, customValidatorMetadata) {
        const targetName = object.constructor ? object.constructor.name : void 0;
        const type = this.getConstraintType(metadata, customValidatorMetadata);
        const validationArguments = {
          targetName,
          property: metadata.propertyName,
          object,
          value,
          constraints: metadata.constraints
        };
        let message = metadata.message || "";
        if (!metadata.message && (!this.validatorOptions || this.validatorOptions && !this.validatorOptions.dismissDefaultMessages)) {
          if (customValidatorMetadata && customValidatorMetadata.instance.defaultMessage instanceof Function) {
            message = customValidatorMetadata.instance.defaultMessage(validationArguments);
          }
        }
        const messageString = ValidationUtils_1.ValidationUtils.replaceMessageSpecialTokens(message, validationArguments);
        return [type, messageString];
      }
      getConstraintType(metadata, customValidatorMetadata) {
        const type = customValidatorMetadata && customValidatorMetadata.name ? customValidatorMetadata.name : metadata.type;
        return type;
      }
    };
    exports2.ValidationExecutor = ValidationExecutor;
  }
});

// node_modules/class-validator/cjs/validation/Validator.js
var require_Validator = __commonJS({
  "node_modules/class-validator/cjs/validation/Validator.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Validator = void 0;
    var ValidationExecutor_1 = require_ValidationExecutor();
    var Validator = class {
      /**
       * Performs validation of the given object based on decorators or validation schema.
       */
      validate(objectOrSchemaName, objectOrValidationOptions, maybeValidatorOptions) {
        return this.coreValidate(objectOrSchemaName, objectOrValidationOptions, maybeValidatorOptions);
      }
      /**
       * Performs validation of the given object based on decorators or validation schema and reject on error.
       */
      async validateOrReject(objectOrSchemaName, objectOrValidationOptions, maybeValidatorOptions) {
        const errors = await this.coreValidate(objectOrSchemaName, objectOrValidationOptions, maybeValidatorOptions);
        if (errors.length)
          return Promise.reject(errors);
      }
      /**
       * Performs validation of the given object based on decorators or validation schema.
       */
      validateSync(objectOrSchemaName, objectOrValidationOptions, maybeValidatorOptions) {
        const object = typeof objectOrSchemaName === "string" ? objectOrValidationOptions : objectOrSchemaName;
        const options = typeof objectOrSchemaName === "string" ? maybeValidatorOptions : objectOrValidationOptions;
        const schema = typeof objectOrSchemaName === "string" ? objectOrSchemaName : void 0;
        const executor = new ValidationExecutor_1.ValidationExecutor(this, options);
        executor.ignoreAsyncValidations = true;
        const validationErrors = [];
        executor.execute(object, schema, validationErrors);
        return executor.stripEmptyErrors(validationErrors);
      }
      // -------------------------------------------------------------------------
      // Private Properties
      // -------------------------------------------------------------------------
      /**
       * Performs validation of the given object based on decorators or validation schema.
       * Common method for `validateOrReject` and `validate` methods.
       */
      coreValidate(objectOrSchemaName, objectOrValidationOptions, maybeValidatorOptions) {
        const object = typeof objectOrSchemaName === "string" ? objectOrValidationOptions : objectOrSchemaName;
        const options = typeof objectOrSchemaName === "string" ? maybeValidatorOptions : objectOrValidationOptions;
        const schema = typeof objectOrSchemaName === "string" ? objectOrSchemaName : void 0;
        const executor = new ValidationExecutor_1.ValidationExecutor(this, options);
        const validationErrors = [];
        executor.execute(object, schema, validationErrors);
        return Promise.all(executor.awaitingPromises).then(() => {
          return executor.stripEmptyErrors(validationErrors);
        });
      }
    };
    exports2.Validator = Validator;
  }
});

// cv.js
var require_cv = __commonJS({
  "cv.js"(exports2) {
    "use strict";
    exports2.IsString = require_IsString().IsString;
    exports2.v = require_Validator();
  }
});

// node_modules/vscode-jsonrpc/lib/common/is.js
var require_is = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/is.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.stringArray = exports2.array = exports2.func = exports2.error = exports2.number = exports2.string = exports2.boolean = void 0;
    function boolean(value) {
      return value === true || value === false;
    }
    exports2.boolean = boolean;
    function string(value) {
      return typeof value === "string" || value instanceof String;
    }
    exports2.string = string;
    function number(value) {
      return typeof value === "number" || value instanceof Number;
    }
    exports2.number = number;
    function error(value) {
      return value instanceof Error;
    }
    exports2.error = error;
    function func(value) {
      return typeof value === "function";
    }
    exports2.func = func;
    function array(value) {
      return Array.isArray(value);
    }
    exports2.array = array;
    function stringArray(value) {
      return array(value) && value.every((elem) => string(elem));
    }
    exports2.stringArray = stringArray;
  }
});

// node_modules/vscode-jsonrpc/lib/common/messages.js
var require_messages = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/messages.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Message = exports2.NotificationType9 = exports2.NotificationType8 = exports2.NotificationType7 = exports2.NotificationType6 = exports2.NotificationType5 = exports2.NotificationType4 = exports2.NotificationType3 = exports2.NotificationType2 = exports2.NotificationType1 = exports2.NotificationType0 = exports2.NotificationType = exports2.RequestType9 = exports2.RequestType8 = exports2.RequestType7 = exports2.RequestType6 = exports2.RequestType5 = exports2.RequestType4 = exports2.RequestType3 = exports2.RequestType2 = exports2.RequestType1 = exports2.RequestType = exports2.RequestType0 = exports2.AbstractMessageSignature = exports2.ParameterStructures = exports2.ResponseError = exports2.ErrorCodes = void 0;
    var is = require_is();
    var ErrorCodes;
    (function(ErrorCodes2) {
      ErrorCodes2.ParseError = -32700;
      ErrorCodes2.InvalidRequest = -32600;
      ErrorCodes2.MethodNotFound = -32601;
      ErrorCodes2.InvalidParams = -32602;
      ErrorCodes2.InternalError = -32603;
      ErrorCodes2.jsonrpcReservedErrorRangeStart = -32099;
      ErrorCodes2.serverErrorStart = -32099;
      ErrorCodes2.MessageWriteError = -32099;
      ErrorCodes2.MessageReadError = -32098;
      ErrorCodes2.PendingResponseRejected = -32097;
      ErrorCodes2.ConnectionInactive = -32096;
      ErrorCodes2.ServerNotInitialized = -32002;
      ErrorCodes2.UnknownErrorCode = -32001;
      ErrorCodes2.jsonrpcReservedErrorRangeEnd = -32e3;
      ErrorCodes2.serverErrorEnd = -32e3;
    })(ErrorCodes || (exports2.ErrorCodes = ErrorCodes = {}));
    var ResponseError = class _ResponseError extends Error {
      constructor(code, message, data) {
        super(message);
        this.code = is.number(code) ? code : ErrorCodes.UnknownErrorCode;
        this.data = data;
        Object.setPrototypeOf(this, _ResponseError.prototype);
      }
      toJson() {
        const result = {
          code: this.code,
          message: this.message
        };
        if (this.data !== void 0) {
          result.data = this.data;
        }
        return result;
      }
    };
    exports2.ResponseError = ResponseError;
    var ParameterStructures = class _ParameterStructures {
      constructor(kind) {
        this.kind = kind;
      }
      static is(value) {
        return value === _ParameterStructures.auto || value === _ParameterStructures.byName || value === _ParameterStructures.byPosition;
      }
      toString() {
        return this.kind;
      }
    };
    exports2.ParameterStructures = ParameterStructures;
    ParameterStructures.auto = new ParameterStructures("auto");
    ParameterStructures.byPosition = new ParameterStructures("byPosition");
    ParameterStructures.byName = new ParameterStructures("byName");
    var AbstractMessageSignature = class {
      constructor(method, numberOfParams) {
        this.method = method;
        this.numberOfParams = numberOfParams;
      }
      get parameterStructures() {
        return ParameterStructures.auto;
      }
    };
    exports2.AbstractMessageSignature = AbstractMessageSignature;
    var RequestType0 = class extends AbstractMessageSignature {
      constructor(method) {
        super(method, 0);
      }
    };
    exports2.RequestType0 = RequestType0;
    var RequestType = class extends AbstractMessageSignature {
      constructor(method, _parameterStructures = ParameterStructures.auto) {
        super(method, 1);
        this._parameterStructures = _parameterStructures;
      }
      get parameterStructures() {
        return this._parameterStructures;
      }
    };
    exports2.RequestType = RequestType;
    var RequestType1 = class extends AbstractMessageSignature {
      constructor(method, _parameterStructures = ParameterStructures.auto) {
        super(method, 1);
        this._parameterStructures = _parameterStructures;
      }
      get parameterStructures() {
        return this._parameterStructures;
      }
    };
    exports2.RequestType1 = RequestType1;
    var RequestType2 = class extends AbstractMessageSignature {
      constructor(method) {
        super(method, 2);
      }
    };
    exports2.RequestType2 = RequestType2;
    var RequestType3 = class extends AbstractMessageSignature {
      constructor(method) {
        super(method, 3);
      }
    };
    exports2.RequestType3 = RequestType3;
    var RequestType4 = class extends AbstractMessageSignature {
      constructor(method) {
        super(method, 4);
      }
    };
    exports2.RequestType4 = RequestType4;
    var RequestType5 = class extends AbstractMessageSignature {
      constructor(method) {
        super(method, 5);
      }
    };
    exports2.RequestType5 = RequestType5;
    var RequestType6 = class extends AbstractMessageSignature {
      constructor(method) {
        super(method, 6);
      }
    };
    exports2.RequestType6 = RequestType6;
    var RequestType7 = class extends AbstractMessageSignature {
      constructor(method) {
        super(method, 7);
      }
    };
    exports2.RequestType7 = RequestType7;
    var RequestType8 = class extends AbstractMessageSignature {
      constructor(method) {
        super(method, 8);
      }
    };
    exports2.RequestType8 = RequestType8;
    var RequestType9 = class extends AbstractMessageSignature {
      constructor(method) {
        super(method, 9);
      }
    };
    exports2.RequestType9 = RequestType9;
    var NotificationType = class extends AbstractMessageSignature {
      constructor(method, _parameterStructures = ParameterStructures.auto) {
        super(method, 1);
        this._parameterStructures = _parameterStructures;
      }
      get parameterStructures() {
        return this._parameterStructures;
      }
    };
    exports2.NotificationType = NotificationType;
    var NotificationType0 = class extends AbstractMessageSignature {
      constructor(method) {
        super(method, 0);
      }
    };
    exports2.NotificationType0 = NotificationType0;
    var NotificationType1 = class extends AbstractMessageSignature {
      constructor(method, _parameterStructures = ParameterStructures.auto) {
        super(method, 1);
        this._parameterStructures = _parameterStructures;
      }
      get parameterStructures() {
        return this._parameterStructures;
      }
    };
    exports2.NotificationType1 = NotificationType1;
    var NotificationType2 = class extends AbstractMessageSignature {
      constructor(method) {
        super(method, 2);
      }
    };
    exports2.NotificationType2 = NotificationType2;
    var NotificationType3 = class extends AbstractMessageSignature {
      constructor(method) {
        super(method, 3);
      }
    };
    exports2.NotificationType3 = NotificationType3;
    var NotificationType4 = class extends AbstractMessageSignature {
      constructor(method) {
        super(method, 4);
      }
    };
    exports2.NotificationType4 = NotificationType4;
    var NotificationType5 = class extends AbstractMessageSignature {
      constructor(method) {
        super(method, 5);
      }
    };
    exports2.NotificationType5 = NotificationType5;
    var NotificationType6 = class extends AbstractMessageSignature {
      constructor(method) {
        super(method, 6);
      }
    };
    exports2.NotificationType6 = NotificationType6;
    var NotificationType7 = class extends AbstractMessageSignature {
      constructor(method) {
        super(method, 7);
      }
    };
    exports2.NotificationType7 = NotificationType7;
    var NotificationType8 = class extends AbstractMessageSignature {
      constructor(method) {
        super(method, 8);
      }
    };
    exports2.NotificationType8 = NotificationType8;
    var NotificationType9 = class extends AbstractMessageSignature {
      constructor(method) {
        super(method, 9);
      }
    };
    exports2.NotificationType9 = NotificationType9;
    var Message;
    (function(Message2) {
      function isRequest(message) {
        const candidate = message;
        return candidate && is.string(candidate.method) && (is.string(candidate.id) || is.number(candidate.id));
      }
      Message2.isRequest = isRequest;
      function isNotification(message) {
        const candidate = message;
        return candidate && is.string(candidate.method) && message.id === void 0;
      }
      Message2.isNotification = isNotification;
      function isResponse(message) {
        const candidate = message;
        return candidate && (candidate.result !== void 0 || !!candidate.error) && (is.string(candidate.id) || is.number(candidate.id) || candidate.id === null);
      }
      Message2.isResponse = isResponse;
    })(Message || (exports2.Message = Message = {}));
  }
});

// node_modules/vscode-jsonrpc/lib/common/linkedMap.js
var require_linkedMap = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/linkedMap.js"(exports2) {
    "use strict";
    var _a;
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.LRUCache = exports2.LinkedMap = exports2.Touch = void 0;
    var Touch;
    (function(Touch2) {
      Touch2.None = 0;
      Touch2.First = 1;
      Touch2.AsOld = Touch2.First;
      Touch2.Last = 2;
      Touch2.AsNew = Touch2.Last;
    })(Touch || (exports2.Touch = Touch = {}));
    var LinkedMap = class {
      constructor() {
        this[_a] = "LinkedMap";
        this._map = /* @__PURE__ */ new Map();
        this._head = void 0;
        this._tail = void 0;
        this._size = 0;
        this._state = 0;
      }
      clear() {
        this._map.clear();
        this._head = void 0;
        this._tail = void 0;
        this._size = 0;
        this._state++;
      }
      isEmpty() {
        return !this._head && !this._tail;
      }
      get size() {
        return this._size;
      }
      get first() {
        return this._head?.value;
      }
      get last() {
        return this._tail?.value;
      }
      has(key) {
        return this._map.has(key);
      }
      get(key, touch = Touch.None) {
        const item = this._map.get(key);
        if (!item) {
          return void 0;
        }
        if (touch !== Touch.None) {
          this.touch(item, touch);
        }
        return item.value;
      }
      set(key, value, touch = Touch.None) {
        let item = this._map.get(key);
        if (item) {
          item.value = value;
          if (touch !== Touch.None) {
            this.touch(item, touch);
          }
        } else {
          item = { key, value, next: void 0, previous: void 0 };
          switch (touch) {
            case Touch.None:
              this.addItemLast(item);
              break;
            case Touch.First:
              this.addItemFirst(item);
              break;
            case Touch.Last:
              this.addItemLast(item);
              break;
            default:
              this.addItemLast(item);
              break;
          }
          this._map.set(key, item);
          this._size++;
        }
        return this;
      }
      delete(key) {
        return !!this.remove(key);
      }
      remove(key) {
        const item = this._map.get(key);
        if (!item) {
          return void 0;
        }
        this._map.delete(key);
        this.removeItem(item);
        this._size--;
        return item.value;
      }
      shift() {
        if (!this._head && !this._tail) {
          return void 0;
        }
        if (!this._head || !this._tail) {
          throw new Error("Invalid list");
        }
        const item = this._head;
        this._map.delete(item.key);
        this.removeItem(item);
        this._size--;
        return item.value;
      }
      forEach(callbackfn, thisArg) {
        const state = this._state;
        let current = this._head;
        while (current) {
          if (thisArg) {
            callbackfn.bind(thisArg)(current.value, current.key, this);
          } else {
            callbackfn(current.value, current.key, this);
          }
          if (this._state !== state) {
            throw new Error(`LinkedMap got modified during iteration.`);
          }
          current = current.next;
        }
      }
      keys() {
        const state = this._state;
        let current = this._head;
        const iterator = {
          [Symbol.iterator]: () => {
            return iterator;
          },
          next: () => {
            if (this._state !== state) {
              throw new Error(`LinkedMap got modified during iteration.`);
            }
            if (current) {
              const result = { value: current.key, done: false };
              current = current.next;
              return result;
            } else {
              return { value: void 0, done: true };
            }
          }
        };
        return iterator;
      }
      values() {
        const state = this._state;
        let current = this._head;
        const iterator = {
          [Symbol.iterator]: () => {
            return iterator;
          },
          next: () => {
            if (this._state !== state) {
              throw new Error(`LinkedMap got modified during iteration.`);
            }
            if (current) {
              const result = { value: current.value, done: false };
              current = current.next;
              return result;
            } else {
              return { value: void 0, done: true };
            }
          }
        };
        return iterator;
      }
      entries() {
        const state = this._state;
        let current = this._head;
        const iterator = {
          [Symbol.iterator]: () => {
            return iterator;
          },
          next: () => {
            if (this._state !== state) {
              throw new Error(`LinkedMap got modified during iteration.`);
            }
            if (current) {
              const result = { value: [current.key, current.value], done: false };
              current = current.next;
              return result;
            } else {
              return { value: void 0, done: true };
            }
          }
        };
        return iterator;
      }
      [(_a = Symbol.toStringTag, Symbol.iterator)]() {
        return this.entries();
      }
      trimOld(newSize) {
        if (newSize >= this.size) {
          return;
        }
        if (newSize === 0) {
          this.clear();
          return;
        }
        let current = this._head;
        let currentSize = this.size;
        while (current && currentSize > newSize) {
          this._map.delete(current.key);
          current = current.next;
          currentSize--;
        }
        this._head = current;
        this._size = currentSize;
        if (current) {
          current.previous = void 0;
        }
        this._state++;
      }
      addItemFirst(item) {
        if (!this._head && !this._tail) {
          this._tail = item;
        } else if (!this._head) {
          throw new Error("Invalid list");
        } else {
          item.next = this._head;
          this._head.previous = item;
        }
        this._head = item;
        this._state++;
      }
      addItemLast(item) {
        if (!this._head && !this._tail) {
          this._head = item;
        } else if (!this._tail) {
          throw new Error("Invalid list");
        } else {
          item.previous = this._tail;
          this._tail.next = item;
        }
        this._tail = item;
        this._state++;
      }
      removeItem(item) {
        if (item === this._head && item === this._tail) {
          this._head = void 0;
          this._tail = void 0;
        } else if (item === this._head) {
          if (!item.next) {
            throw new Error("Invalid list");
          }
          item.next.previous = void 0;
          this._head = item.next;
        } else if (item === this._tail) {
          if (!item.previous) {
            throw new Error("Invalid list");
          }
          item.previous.next = void 0;
          this._tail = item.previous;
        } else {
          const next = item.next;
          const previous = item.previous;
          if (!next || !previous) {
            throw new Error("Invalid list");
          }
          next.previous = previous;
          previous.next = next;
        }
        item.next = void 0;
        item.previous = void 0;
        this._state++;
      }
      touch(item, touch) {
        if (!this._head || !this._tail) {
          throw new Error("Invalid list");
        }
        if (touch !== Touch.First && touch !== Touch.Last) {
          return;
        }
        if (touch === Touch.First) {
          if (item === this._head) {
            return;
          }
          const next = item.next;
          const previous = item.previous;
          if (item === this._tail) {
            previous.next = void 0;
            this._tail = previous;
          } else {
            next.previous = previous;
            previous.next = next;
          }
          item.previous = void 0;
          item.next = this._head;
          this._head.previous = item;
          this._head = item;
          this._state++;
        } else if (touch === Touch.Last) {
          if (item === this._tail) {
            return;
          }
          const next = item.next;
          const previous = item.previous;
          if (item === this._head) {
            next.previous = void 0;
            this._head = next;
          } else {
            next.previous = previous;
            previous.next = next;
          }
          item.next = void 0;
          item.previous = this._tail;
          this._tail.next = item;
          this._tail = item;
          this._state++;
        }
      }
      toJSON() {
        const data = [];
        this.forEach((value, key) => {
          data.push([key, value]);
        });
        return data;
      }
      fromJSON(data) {
        this.clear();
        for (const [key, value] of data) {
          this.set(key, value);
        }
      }
    };
    exports2.LinkedMap = LinkedMap;
    var LRUCache = class extends LinkedMap {
      constructor(limit, ratio = 1) {
        super();
        this._limit = limit;
        this._ratio = Math.min(Math.max(0, ratio), 1);
      }
      get limit() {
        return this._limit;
      }
      set limit(limit) {
        this._limit = limit;
        this.checkTrim();
      }
      get ratio() {
        return this._ratio;
      }
      set ratio(ratio) {
        this._ratio = Math.min(Math.max(0, ratio), 1);
        this.checkTrim();
      }
      get(key, touch = Touch.AsNew) {
        return super.get(key, touch);
      }
      peek(key) {
        return super.get(key, Touch.None);
      }
      set(key, value) {
        super.set(key, value, Touch.Last);
        this.checkTrim();
        return this;
      }
      checkTrim() {
        if (this.size > this._limit) {
          this.trimOld(Math.round(this._limit * this._ratio));
        }
      }
    };
    exports2.LRUCache = LRUCache;
  }
});

// node_modules/vscode-jsonrpc/lib/common/disposable.js
var require_disposable = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/disposable.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Disposable = void 0;
    var Disposable;
    (function(Disposable2) {
      function create(func) {
        return {
          dispose: func
        };
      }
      Disposable2.create = create;
    })(Disposable || (exports2.Disposable = Disposable = {}));
  }
});

// node_modules/vscode-jsonrpc/lib/common/ral.js
var require_ral = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/ral.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var _ral;
    function RAL() {
      if (_ral === void 0) {
        throw new Error(`No runtime abstraction layer installed`);
      }
      return _ral;
    }
    (function(RAL2) {
      function install(ral) {
        if (ral === void 0) {
          throw new Error(`No runtime abstraction layer provided`);
        }
        _ral = ral;
      }
      RAL2.install = install;
    })(RAL || (RAL = {}));
    exports2.default = RAL;
  }
});

// node_modules/vscode-jsonrpc/lib/common/events.js
var require_events = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/events.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Emitter = exports2.Event = void 0;
    var ral_1 = require_ral();
    var Event;
    (function(Event2) {
      const _disposable = { dispose() {
      } };
      Event2.None = function() {
        return _disposable;
      };
    })(Event || (exports2.Event = Event = {}));
    var CallbackList = class {
      add(callback, context = null, bucket) {
        if (!this._callbacks) {
          this._callbacks = [];
          this._contexts = [];
        }
        this._callbacks.push(callback);
        this._contexts.push(context);
        if (Array.isArray(bucket)) {
          bucket.push({ dispose: () => this.remove(callback, context) });
        }
      }
      remove(callback, context = null) {
        if (!this._callbacks) {
          return;
        }
        let foundCallbackWithDifferentContext = false;
        for (let i = 0, len = this._callbacks.length; i < len; i++) {
          if (this._callbacks[i] === callback) {
            if (this._contexts[i] === context) {
              this._callbacks.splice(i, 1);
              this._contexts.splice(i, 1);
              return;
            } else {
              foundCallbackWithDifferentContext = true;
            }
          }
        }
        if (foundCallbackWithDifferentContext) {
          throw new Error("When adding a listener with a context, you should remove it with the same context");
        }
      }
      invoke(...args) {
        if (!this._callbacks) {
          return [];
        }
        const ret = [], callbacks = this._callbacks.slice(0), contexts = this._contexts.slice(0);
        for (let i = 0, len = callbacks.length; i < len; i++) {
          try {
            ret.push(callbacks[i].apply(contexts[i], args));
          } catch (e) {
            (0, ral_1.default)().console.error(e);
          }
        }
        return ret;
      }
      isEmpty() {
        return !this._callbacks || this._callbacks.length === 0;
      }
      dispose() {
        this._callbacks = void 0;
        this._contexts = void 0;
      }
    };
    var Emitter = class _Emitter {
      constructor(_options) {
        this._options = _options;
      }
      /**
       * For the public to allow to subscribe
       * to events from this Emitter
       */
      get event() {
        if (!this._event) {
          this._event = (listener, thisArgs, disposables) => {
            if (!this._callbacks) {
              this._callbacks = new CallbackList();
            }
            if (this._options && this._options.onFirstListenerAdd && this._callbacks.isEmpty()) {
              this._options.onFirstListenerAdd(this);
            }
            this._callbacks.add(listener, thisArgs);
            const result = {
              dispose: () => {
                if (!this._callbacks) {
                  return;
                }
                this._callbacks.remove(listener, thisArgs);
                result.dispose = _Emitter._noop;
                if (this._options && this._options.onLastListenerRemove && this._callbacks.isEmpty()) {
                  this._options.onLastListenerRemove(this);
                }
              }
            };
            if (Array.isArray(disposables)) {
              disposables.push(result);
            }
            return result;
          };
        }
        return this._event;
      }
      /**
       * To be kept private to fire an event to
       * subscribers
       */
      fire(event) {
        if (this._callbacks) {
          this._callbacks.invoke.call(this._callbacks, event);
        }
      }
      dispose() {
        if (this._callbacks) {
          this._callbacks.dispose();
          this._callbacks = void 0;
        }
      }
    };
    exports2.Emitter = Emitter;
    Emitter._noop = function() {
    };
  }
});

// node_modules/vscode-jsonrpc/lib/common/cancellation.js
var require_cancellation = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/cancellation.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.CancellationTokenSource = exports2.CancellationToken = void 0;
    var ral_1 = require_ral();
    var Is = require_is();
    var events_1 = require_events();
    var CancellationToken;
    (function(CancellationToken2) {
      CancellationToken2.None = Object.freeze({
        isCancellationRequested: false,
        onCancellationRequested: events_1.Event.None
      });
      CancellationToken2.Cancelled = Object.freeze({
        isCancellationRequested: true,
        onCancellationRequested: events_1.Event.None
      });
      function is(value) {
        const candidate = value;
        return candidate && (candidate === CancellationToken2.None || candidate === CancellationToken2.Cancelled || Is.boolean(candidate.isCancellationRequested) && !!candidate.onCancellationRequested);
      }
      CancellationToken2.is = is;
    })(CancellationToken || (exports2.CancellationToken = CancellationToken = {}));
    var shortcutEvent = Object.freeze(function(callback, context) {
      const handle = (0, ral_1.default)().timer.setTimeout(callback.bind(context), 0);
      return { dispose() {
        handle.dispose();
      } };
    });
    var MutableToken = class {
      constructor() {
        this._isCancelled = false;
      }
      cancel() {
        if (!this._isCancelled) {
          this._isCancelled = true;
          if (this._emitter) {
            this._emitter.fire(void 0);
            this.dispose();
          }
        }
      }
      get isCancellationRequested() {
        return this._isCancelled;
      }
      get onCancellationRequested() {
        if (this._isCancelled) {
          return shortcutEvent;
        }
        if (!this._emitter) {
          this._emitter = new events_1.Emitter();
        }
        return this._emitter.event;
      }
      dispose() {
        if (this._emitter) {
          this._emitter.dispose();
          this._emitter = void 0;
        }
      }
    };
    var CancellationTokenSource = class {
      get token() {
        if (!this._token) {
          this._token = new MutableToken();
        }
        return this._token;
      }
      cancel() {
        if (!this._token) {
          this._token = CancellationToken.Cancelled;
        } else {
          this._token.cancel();
        }
      }
      dispose() {
        if (!this._token) {
          this._token = CancellationToken.None;
        } else if (this._token instanceof MutableToken) {
          this._token.dispose();
        }
      }
    };
    exports2.CancellationTokenSource = CancellationTokenSource;
  }
});

// node_modules/vscode-jsonrpc/lib/common/sharedArrayCancellation.js
var require_sharedArrayCancellation = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/sharedArrayCancellation.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.SharedArrayReceiverStrategy = exports2.SharedArraySenderStrategy = void 0;
    var cancellation_1 = require_cancellation();
    var CancellationState;
    (function(CancellationState2) {
      CancellationState2.Continue = 0;
      CancellationState2.Cancelled = 1;
    })(CancellationState || (CancellationState = {}));
    var SharedArraySenderStrategy = class {
      constructor() {
        this.buffers = /* @__PURE__ */ new Map();
      }
      enableCancellation(request) {
        if (request.id === null) {
          return;
        }
        const buffer = new SharedArrayBuffer(4);
        const data = new Int32Array(buffer, 0, 1);
        data[0] = CancellationState.Continue;
        this.buffers.set(request.id, buffer);
        request.$cancellationData = buffer;
      }
      async sendCancellation(_conn, id) {
        const buffer = this.buffers.get(id);
        if (buffer === void 0) {
          return;
        }
        const data = new Int32Array(buffer, 0, 1);
        Atomics.store(data, 0, CancellationState.Cancelled);
      }
      cleanup(id) {
        this.buffers.delete(id);
      }
      dispose() {
        this.buffers.clear();
      }
    };
    exports2.SharedArraySenderStrategy = SharedArraySenderStrategy;
    var SharedArrayBufferCancellationToken = class {
      constructor(buffer) {
        this.data = new Int32Array(buffer, 0, 1);
      }
      get isCancellationRequested() {
        return Atomics.load(this.data, 0) === CancellationState.Cancelled;
      }
      get onCancellationRequested() {
        throw new Error(`Cancellation over SharedArrayBuffer doesn't support cancellation events`);
      }
    };
    var SharedArrayBufferCancellationTokenSource = class {
      constructor(buffer) {
        this.token = new SharedArrayBufferCancellationToken(buffer);
      }
      cancel() {
      }
      dispose() {
      }
    };
    var SharedArrayReceiverStrategy = class {
      constructor() {
        this.kind = "request";
      }
      createCancellationTokenSource(request) {
        const buffer = request.$cancellationData;
        if (buffer === void 0) {
          return new cancellation_1.CancellationTokenSource();
        }
        return new SharedArrayBufferCancellationTokenSource(buffer);
      }
    };
    exports2.SharedArrayReceiverStrategy = SharedArrayReceiverStrategy;
  }
});

// node_modules/vscode-jsonrpc/lib/common/semaphore.js
var require_semaphore = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/semaphore.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Semaphore = void 0;
    var ral_1 = require_ral();
    var Semaphore = class {
      constructor(capacity = 1) {
        if (capacity <= 0) {
          throw new Error("Capacity must be greater than 0");
        }
        this._capacity = capacity;
        this._active = 0;
        this._waiting = [];
      }
      lock(thunk) {
        return new Promise((resolve, reject) => {
          this._waiting.push({ thunk, resolve, reject });
          this.runNext();
        });
      }
      get active() {
        return this._active;
      }
      runNext() {
        if (this._waiting.length === 0 || this._active === this._capacity) {
          return;
        }
        (0, ral_1.default)().timer.setImmediate(() => this.doRunNext());
      }
      doRunNext() {
        if (this._waiting.length === 0 || this._active === this._capacity) {
          return;
        }
        const next = this._waiting.shift();
        this._active++;
        if (this._active > this._capacity) {
          throw new Error(`To many thunks active`);
        }
        try {
          const result = next.thunk();
          if (result instanceof Promise) {
            result.then((value) => {
              this._active--;
              next.resolve(value);
              this.runNext();
            }, (err) => {
              this._active--;
              next.reject(err);
              this.runNext();
            });
          } else {
            this._active--;
            next.resolve(result);
            this.runNext();
          }
        } catch (err) {
          this._active--;
          next.reject(err);
          this.runNext();
        }
      }
    };
    exports2.Semaphore = Semaphore;
  }
});

// node_modules/vscode-jsonrpc/lib/common/messageReader.js
var require_messageReader = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/messageReader.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ReadableStreamMessageReader = exports2.AbstractMessageReader = exports2.MessageReader = void 0;
    var ral_1 = require_ral();
    var Is = require_is();
    var events_1 = require_events();
    var semaphore_1 = require_semaphore();
    var MessageReader;
    (function(MessageReader2) {
      function is(value) {
        let candidate = value;
        return candidate && Is.func(candidate.listen) && Is.func(candidate.dispose) && Is.func(candidate.onError) && Is.func(candidate.onClose) && Is.func(candidate.onPartialMessage);
      }
      MessageReader2.is = is;
    })(MessageReader || (exports2.MessageReader = MessageReader = {}));
    var AbstractMessageReader = class {
      constructor() {
        this.errorEmitter = new events_1.Emitter();
        this.closeEmitter = new events_1.Emitter();
        this.partialMessageEmitter = new events_1.Emitter();
      }
      dispose() {
        this.errorEmitter.dispose();
        this.closeEmitter.dispose();
      }
      get onError() {
        return this.errorEmitter.event;
      }
      fireError(error) {
        this.errorEmitter.fire(this.asError(error));
      }
      get onClose() {
        return this.closeEmitter.event;
      }
      fireClose() {
        this.closeEmitter.fire(void 0);
      }
      get onPartialMessage() {
        return this.partialMessageEmitter.event;
      }
      firePartialMessage(info) {
        this.partialMessageEmitter.fire(info);
      }
      asError(error) {
        if (error instanceof Error) {
          return error;
        } else {
          return new Error(`Reader received error. Reason: ${Is.string(error.message) ? error.message : "unknown"}`);
        }
      }
    };
    exports2.AbstractMessageReader = AbstractMessageReader;
    var ResolvedMessageReaderOptions;
    (function(ResolvedMessageReaderOptions2) {
      function fromOptions(options) {
        let charset;
        let result;
        let contentDecoder;
        const contentDecoders = /* @__PURE__ */ new Map();
        let contentTypeDecoder;
        const contentTypeDecoders = /* @__PURE__ */ new Map();
        if (options === void 0 || typeof options === "string") {
          charset = options ?? "utf-8";
        } else {
          charset = options.charset ?? "utf-8";
          if (options.contentDecoder !== void 0) {
            contentDecoder = options.contentDecoder;
            contentDecoders.set(contentDecoder.name, contentDecoder);
          }
          if (options.contentDecoders !== void 0) {
            for (const decoder of options.contentDecoders) {
              contentDecoders.set(decoder.name, decoder);
            }
          }
          if (options.contentTypeDecoder !== void 0) {
            contentTypeDecoder = options.contentTypeDecoder;
            contentTypeDecoders.set(contentTypeDecoder.name, contentTypeDecoder);
          }
          if (options.contentTypeDecoders !== void 0) {
            for (const decoder of options.contentTypeDecoders) {
              contentTypeDecoders.set(decoder.name, decoder);
            }
          }
        }
        if (contentTypeDecoder === void 0) {
          contentTypeDecoder = (0, ral_1.default)().applicationJson.decoder;
          contentTypeDecoders.set(contentTypeDecoder.name, contentTypeDecoder);
        }
        return { charset, contentDecoder, contentDecoders, contentTypeDecoder, contentTypeDecoders };
      }
      ResolvedMessageReaderOptions2.fromOptions = fromOptions;
    })(ResolvedMessageReaderOptions || (ResolvedMessageReaderOptions = {}));
    var ReadableStreamMessageReader = class extends AbstractMessageReader {
      constructor(readable, options) {
        super();
        this.readable = readable;
        this.options = ResolvedMessageReaderOptions.fromOptions(options);
        this.buffer = (0, ral_1.default)().messageBuffer.create(this.options.charset);
        this._partialMessageTimeout = 1e4;
        this.nextMessageLength = -1;
        this.messageToken = 0;
        this.readSemaphore = new semaphore_1.Semaphore(1);
      }
      set partialMessageTimeout(timeout) {
        this._partialMessageTimeout = timeout;
      }
      get partialMessageTimeout() {
        return this._partialMessageTimeout;
      }
      listen(callback) {
        this.nextMessageLength = -1;
        this.messageToken = 0;
        this.partialMessageTimer = void 0;
        this.callback = callback;
        const result = this.readable.onData((data) => {
          this.onData(data);
        });
        this.readable.onError((error) => this.fireError(error));
        this.readable.onClose(() => this.fireClose());
        return result;
      }
      onData(data) {
        try {
          this.buffer.append(data);
          while (true) {
            if (this.nextMessageLength === -1) {
              const headers = this.buffer.tryReadHeaders(true);
              if (!headers) {
                return;
              }
              const contentLength = headers.get("content-length");
              if (!contentLength) {
                this.fireError(new Error(`Header must provide a Content-Length property.
${JSON.stringify(Object.fromEntries(headers))}`));
                return;
              }
              const length = parseInt(contentLength);
              if (isNaN(length)) {
                this.fireError(new Error(`Content-Length value must be a number. Got ${contentLength}`));
                return;
              }
              this.nextMessageLength = length;
            }
            const body = this.buffer.tryReadBody(this.nextMessageLength);
            if (body === void 0) {
              this.setPartialMessageTimer();
              return;
            }
            this.clearPartialMessageTimer();
            this.nextMessageLength = -1;
            this.readSemaphore.lock(async () => {
              const bytes = this.options.contentDecoder !== void 0 ? await this.options.contentDecoder.decode(body) : body;
              const message = await this.options.contentTypeDecoder.decode(bytes, this.options);
              this.callback(message);
            }).catch((error) => {
              this.fireError(error);
            });
          }
        } catch (error) {
          this.fireError(error);
        }
      }
      clearPartialMessageTimer() {
        if (this.partialMessageTimer) {
          this.partialMessageTimer.dispose();
          this.partialMessageTimer = void 0;
        }
      }
      setPartialMessageTimer() {
        this.clearPartialMessageTimer();
        if (this._partialMessageTimeout <= 0) {
          return;
        }
        this.partialMessageTimer = (0, ral_1.default)().timer.setTimeout((token, timeout) => {
          this.partialMessageTimer = void 0;
          if (token === this.messageToken) {
            this.firePartialMessage({ messageToken: token, waitingTime: timeout });
            this.setPartialMessageTimer();
          }
        }, this._partialMessageTimeout, this.messageToken, this._partialMessageTimeout);
      }
    };
    exports2.ReadableStreamMessageReader = ReadableStreamMessageReader;
  }
});

// node_modules/vscode-jsonrpc/lib/common/messageWriter.js
var require_messageWriter = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/messageWriter.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.WriteableStreamMessageWriter = exports2.AbstractMessageWriter = exports2.MessageWriter = void 0;
    var ral_1 = require_ral();
    var Is = require_is();
    var semaphore_1 = require_semaphore();
    var events_1 = require_events();
    var ContentLength = "Content-Length: ";
    var CRLF = "\r\n";
    var MessageWriter;
    (function(MessageWriter2) {
      function is(value) {
        let candidate = value;
        return candidate && Is.func(candidate.dispose) && Is.func(candidate.onClose) && Is.func(candidate.onError) && Is.func(candidate.write);
      }
      MessageWriter2.is = is;
    })(MessageWriter || (exports2.MessageWriter = MessageWriter = {}));
    var AbstractMessageWriter = class {
      constructor() {
        this.errorEmitter = new events_1.Emitter();
        this.closeEmitter = new events_1.Emitter();
      }
      dispose() {
        this.errorEmitter.dispose();
        this.closeEmitter.dispose();
      }
      get onError() {
        return this.errorEmitter.event;
      }
      fireError(error, message, count) {
        this.errorEmitter.fire([this.asError(error), message, count]);
      }
      get onClose() {
        return this.closeEmitter.event;
      }
      fireClose() {
        this.closeEmitter.fire(void 0);
      }
      asError(error) {
        if (error instanceof Error) {
          return error;
        } else {
          return new Error(`Writer received error. Reason: ${Is.string(error.message) ? error.message : "unknown"}`);
        }
      }
    };
    exports2.AbstractMessageWriter = AbstractMessageWriter;
    var ResolvedMessageWriterOptions;
    (function(ResolvedMessageWriterOptions2) {
      function fromOptions(options) {
        if (options === void 0 || typeof options === "string") {
          return { charset: options ?? "utf-8", contentTypeEncoder: (0, ral_1.default)().applicationJson.encoder };
        } else {
          return { charset: options.charset ?? "utf-8", contentEncoder: options.contentEncoder, contentTypeEncoder: options.contentTypeEncoder ?? (0, ral_1.default)().applicationJson.encoder };
        }
      }
      ResolvedMessageWriterOptions2.fromOptions = fromOptions;
    })(ResolvedMessageWriterOptions || (ResolvedMessageWriterOptions = {}));
    var WriteableStreamMessageWriter = class extends AbstractMessageWriter {
      constructor(writable, options) {
        super();
        this.writable = writable;
        this.options = ResolvedMessageWriterOptions.fromOptions(options);
        this.errorCount = 0;
        this.writeSemaphore = new semaphore_1.Semaphore(1);
        this.writable.onError((error) => this.fireError(error));
        this.writable.onClose(() => this.fireClose());
      }
      async write(msg) {
        return this.writeSemaphore.lock(async () => {
          const payload = this.options.contentTypeEncoder.encode(msg, this.options).then((buffer) => {
            if (this.options.contentEncoder !== void 0) {
              return this.options.contentEncoder.encode(buffer);
            } else {
              return buffer;
            }
          });
          return payload.then((buffer) => {
            const headers = [];
            headers.push(ContentLength, buffer.byteLength.toString(), CRLF);
            headers.push(CRLF);
            return this.doWrite(msg, headers, buffer);
          }, (error) => {
            this.fireError(error);
            throw error;
          });
        });
      }
      async doWrite(msg, headers, data) {
        try {
          await this.writable.write(headers.join(""), "ascii");
          return this.writable.write(data);
        } catch (error) {
          this.handleError(error, msg);
          return Promise.reject(error);
        }
      }
      handleError(error, msg) {
        this.errorCount++;
        this.fireError(error, msg, this.errorCount);
      }
      end() {
        this.writable.end();
      }
    };
    exports2.WriteableStreamMessageWriter = WriteableStreamMessageWriter;
  }
});

// node_modules/vscode-jsonrpc/lib/common/messageBuffer.js
var require_messageBuffer = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/messageBuffer.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.AbstractMessageBuffer = void 0;
    var CR = 13;
    var LF = 10;
    var CRLF = "\r\n";
    var AbstractMessageBuffer = class {
      constructor(encoding = "utf-8") {
        this._encoding = encoding;
        this._chunks = [];
        this._totalLength = 0;
      }
      get encoding() {
        return this._encoding;
      }
      append(chunk) {
        const toAppend = typeof chunk === "string" ? this.fromString(chunk, this._encoding) : chunk;
        this._chunks.push(toAppend);
        this._totalLength += toAppend.byteLength;
      }
      tryReadHeaders(lowerCaseKeys = false) {
        if (this._chunks.length === 0) {
          return void 0;
        }
        let state = 0;
        let chunkIndex = 0;
        let offset = 0;
        let chunkBytesRead = 0;
        row: while (chunkIndex < this._chunks.length) {
          const chunk = this._chunks[chunkIndex];
          offset = 0;
          column: while (offset < chunk.length) {
            const value = chunk[offset];
            switch (value) {
              case CR:
                switch (state) {
                  case 0:
                    state = 1;
                    break;
                  case 2:
                    state = 3;
                    break;
                  default:
                    state = 0;
                }
                break;
              case LF:
                switch (state) {
                  case 1:
                    state = 2;
                    break;
                  case 3:
                    state = 4;
                    offset++;
                    break row;
                  default:
                    state = 0;
                }
                break;
              default:
                state = 0;
            }
            offset++;
          }
          chunkBytesRead += chunk.byteLength;
          chunkIndex++;
        }
        if (state !== 4) {
          return void 0;
        }
        const buffer = this._read(chunkBytesRead + offset);
        const result = /* @__PURE__ */ new Map();
        const headers = this.toString(buffer, "ascii").split(CRLF);
        if (headers.length < 2) {
          return result;
        }
        for (let i = 0; i < headers.length - 2; i++) {
          const header = headers[i];
          const index = header.indexOf(":");
          if (index === -1) {
            throw new Error(`Message header must separate key and value using ':'
${header}`);
          }
          const key = header.substr(0, index);
          const value = header.substr(index + 1).trim();
          result.set(lowerCaseKeys ? key.toLowerCase() : key, value);
        }
        return result;
      }
      tryReadBody(length) {
        if (this._totalLength < length) {
          return void 0;
        }
        return this._read(length);
      }
      get numberOfBytes() {
        return this._totalLength;
      }
      _read(byteCount) {
        if (byteCount === 0) {
          return this.emptyBuffer();
        }
        if (byteCount > this._totalLength) {
          throw new Error(`Cannot read so many bytes!`);
        }
        if (this._chunks[0].byteLength === byteCount) {
          const chunk = this._chunks[0];
          this._chunks.shift();
          this._totalLength -= byteCount;
          return this.asNative(chunk);
        }
        if (this._chunks[0].byteLength > byteCount) {
          const chunk = this._chunks[0];
          const result2 = this.asNative(chunk, byteCount);
          this._chunks[0] = chunk.slice(byteCount);
          this._totalLength -= byteCount;
          return result2;
        }
        const result = this.allocNative(byteCount);
        let resultOffset = 0;
        let chunkIndex = 0;
        while (byteCount > 0) {
          const chunk = this._chunks[chunkIndex];
          if (chunk.byteLength > byteCount) {
            const chunkPart = chunk.slice(0, byteCount);
            result.set(chunkPart, resultOffset);
            resultOffset += byteCount;
            this._chunks[chunkIndex] = chunk.slice(byteCount);
            this._totalLength -= byteCount;
            byteCount -= byteCount;
          } else {
            result.set(chunk, resultOffset);
            resultOffset += chunk.byteLength;
            this._chunks.shift();
            this._totalLength -= chunk.byteLength;
            byteCount -= chunk.byteLength;
          }
        }
        return result;
      }
    };
    exports2.AbstractMessageBuffer = AbstractMessageBuffer;
  }
});

// node_modules/vscode-jsonrpc/lib/common/connection.js
var require_connection = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/connection.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createMessageConnection = exports2.ConnectionOptions = exports2.MessageStrategy = exports2.CancellationStrategy = exports2.CancellationSenderStrategy = exports2.CancellationReceiverStrategy = exports2.RequestCancellationReceiverStrategy = exports2.IdCancellationReceiverStrategy = exports2.ConnectionStrategy = exports2.ConnectionError = exports2.ConnectionErrors = exports2.LogTraceNotification = exports2.SetTraceNotification = exports2.TraceFormat = exports2.TraceValues = exports2.Trace = exports2.NullLogger = exports2.ProgressType = exports2.ProgressToken = void 0;
    var ral_1 = require_ral();
    var Is = require_is();
    var messages_1 = require_messages();
    var linkedMap_1 = require_linkedMap();
    var events_1 = require_events();
    var cancellation_1 = require_cancellation();
    var CancelNotification;
    (function(CancelNotification2) {
      CancelNotification2.type = new messages_1.NotificationType("$/cancelRequest");
    })(CancelNotification || (CancelNotification = {}));
    var ProgressToken;
    (function(ProgressToken2) {
      function is(value) {
        return typeof value === "string" || typeof value === "number";
      }
      ProgressToken2.is = is;
    })(ProgressToken || (exports2.ProgressToken = ProgressToken = {}));
    var ProgressNotification;
    (function(ProgressNotification2) {
      ProgressNotification2.type = new messages_1.NotificationType("$/progress");
    })(ProgressNotification || (ProgressNotification = {}));
    var ProgressType = class {
      constructor() {
      }
    };
    exports2.ProgressType = ProgressType;
    var StarRequestHandler;
    (function(StarRequestHandler2) {
      function is(value) {
        return Is.func(value);
      }
      StarRequestHandler2.is = is;
    })(StarRequestHandler || (StarRequestHandler = {}));
    exports2.NullLogger = Object.freeze({
      error: () => {
      },
      warn: () => {
      },
      info: () => {
      },
      log: () => {
      }
    });
    var Trace;
    (function(Trace2) {
      Trace2[Trace2["Off"] = 0] = "Off";
      Trace2[Trace2["Messages"] = 1] = "Messages";
      Trace2[Trace2["Compact"] = 2] = "Compact";
      Trace2[Trace2["Verbose"] = 3] = "Verbose";
    })(Trace || (exports2.Trace = Trace = {}));
    var TraceValues;
    (function(TraceValues2) {
      TraceValues2.Off = "off";
      TraceValues2.Messages = "messages";
      TraceValues2.Compact = "compact";
      TraceValues2.Verbose = "verbose";
    })(TraceValues || (exports2.TraceValues = TraceValues = {}));
    (function(Trace2) {
      function fromString(value) {
        if (!Is.string(value)) {
          return Trace2.Off;
        }
        value = value.toLowerCase();
        switch (value) {
          case "off":
            return Trace2.Off;
          case "messages":
            return Trace2.Messages;
          case "compact":
            return Trace2.Compact;
          case "verbose":
            return Trace2.Verbose;
          default:
            return Trace2.Off;
        }
      }
      Trace2.fromString = fromString;
      function toString(value) {
        switch (value) {
          case Trace2.Off:
            return "off";
          case Trace2.Messages:
            return "messages";
          case Trace2.Compact:
            return "compact";
          case Trace2.Verbose:
            return "verbose";
          default:
            return "off";
        }
      }
      Trace2.toString = toString;
    })(Trace || (exports2.Trace = Trace = {}));
    var TraceFormat;
    (function(TraceFormat2) {
      TraceFormat2["Text"] = "text";
      TraceFormat2["JSON"] = "json";
    })(TraceFormat || (exports2.TraceFormat = TraceFormat = {}));
    (function(TraceFormat2) {
      function fromString(value) {
        if (!Is.string(value)) {
          return TraceFormat2.Text;
        }
        value = value.toLowerCase();
        if (value === "json") {
          return TraceFormat2.JSON;
        } else {
          return TraceFormat2.Text;
        }
      }
      TraceFormat2.fromString = fromString;
    })(TraceFormat || (exports2.TraceFormat = TraceFormat = {}));
    var SetTraceNotification;
    (function(SetTraceNotification2) {
      SetTraceNotification2.type = new messages_1.NotificationType("$/setTrace");
    })(SetTraceNotification || (exports2.SetTraceNotification = SetTraceNotification = {}));
    var LogTraceNotification;
    (function(LogTraceNotification2) {
      LogTraceNotification2.type = new messages_1.NotificationType("$/logTrace");
    })(LogTraceNotification || (exports2.LogTraceNotification = LogTraceNotification = {}));
    var ConnectionErrors;
    (function(ConnectionErrors2) {
      ConnectionErrors2[ConnectionErrors2["Closed"] = 1] = "Closed";
      ConnectionErrors2[ConnectionErrors2["Disposed"] = 2] = "Disposed";
      ConnectionErrors2[ConnectionErrors2["AlreadyListening"] = 3] = "AlreadyListening";
    })(ConnectionErrors || (exports2.ConnectionErrors = ConnectionErrors = {}));
    var ConnectionError = class _ConnectionError extends Error {
      constructor(code, message) {
        super(message);
        this.code = code;
        Object.setPrototypeOf(this, _ConnectionError.prototype);
      }
    };
    exports2.ConnectionError = ConnectionError;
    var ConnectionStrategy;
    (function(ConnectionStrategy2) {
      function is(value) {
        const candidate = value;
        return candidate && Is.func(candidate.cancelUndispatched);
      }
      ConnectionStrategy2.is = is;
    })(ConnectionStrategy || (exports2.ConnectionStrategy = ConnectionStrategy = {}));
    var IdCancellationReceiverStrategy;
    (function(IdCancellationReceiverStrategy2) {
      function is(value) {
        const candidate = value;
        return candidate && (candidate.kind === void 0 || candidate.kind === "id") && Is.func(candidate.createCancellationTokenSource) && (candidate.dispose === void 0 || Is.func(candidate.dispose));
      }
      IdCancellationReceiverStrategy2.is = is;
    })(IdCancellationReceiverStrategy || (exports2.IdCancellationReceiverStrategy = IdCancellationReceiverStrategy = {}));
    var RequestCancellationReceiverStrategy;
    (function(RequestCancellationReceiverStrategy2) {
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "request" && Is.func(candidate.createCancellationTokenSource) && (candidate.dispose === void 0 || Is.func(candidate.dispose));
      }
      RequestCancellationReceiverStrategy2.is = is;
    })(RequestCancellationReceiverStrategy || (exports2.RequestCancellationReceiverStrategy = RequestCancellationReceiverStrategy = {}));
    var CancellationReceiverStrategy;
    (function(CancellationReceiverStrategy2) {
      CancellationReceiverStrategy2.Message = Object.freeze({
        createCancellationTokenSource(_) {
          return new cancellation_1.CancellationTokenSource();
        }
      });
      function is(value) {
        return IdCancellationReceiverStrategy.is(value) || RequestCancellationReceiverStrategy.is(value);
      }
      CancellationReceiverStrategy2.is = is;
    })(CancellationReceiverStrategy || (exports2.CancellationReceiverStrategy = CancellationReceiverStrategy = {}));
    var CancellationSenderStrategy;
    (function(CancellationSenderStrategy2) {
      CancellationSenderStrategy2.Message = Object.freeze({
        sendCancellation(conn2, id) {
          return conn2.sendNotification(CancelNotification.type, { id });
        },
        cleanup(_) {
        }
      });
      function is(value) {
        const candidate = value;
        return candidate && Is.func(candidate.sendCancellation) && Is.func(candidate.cleanup);
      }
      CancellationSenderStrategy2.is = is;
    })(CancellationSenderStrategy || (exports2.CancellationSenderStrategy = CancellationSenderStrategy = {}));
    var CancellationStrategy;
    (function(CancellationStrategy2) {
      CancellationStrategy2.Message = Object.freeze({
        receiver: CancellationReceiverStrategy.Message,
        sender: CancellationSenderStrategy.Message
      });
      function is(value) {
        const candidate = value;
        return candidate && CancellationReceiverStrategy.is(candidate.receiver) && CancellationSenderStrategy.is(candidate.sender);
      }
      CancellationStrategy2.is = is;
    })(CancellationStrategy || (exports2.CancellationStrategy = CancellationStrategy = {}));
    var MessageStrategy;
    (function(MessageStrategy2) {
      function is(value) {
        const candidate = value;
        return candidate && Is.func(candidate.handleMessage);
      }
      MessageStrategy2.is = is;
    })(MessageStrategy || (exports2.MessageStrategy = MessageStrategy = {}));
    var ConnectionOptions;
    (function(ConnectionOptions2) {
      function is(value) {
        const candidate = value;
        return candidate && (CancellationStrategy.is(candidate.cancellationStrategy) || ConnectionStrategy.is(candidate.connectionStrategy) || MessageStrategy.is(candidate.messageStrategy));
      }
      ConnectionOptions2.is = is;
    })(ConnectionOptions || (exports2.ConnectionOptions = ConnectionOptions = {}));
    var ConnectionState;
    (function(ConnectionState2) {
      ConnectionState2[ConnectionState2["New"] = 1] = "New";
      ConnectionState2[ConnectionState2["Listening"] = 2] = "Listening";
      ConnectionState2[ConnectionState2["Closed"] = 3] = "Closed";
      ConnectionState2[ConnectionState2["Disposed"] = 4] = "Disposed";
    })(ConnectionState || (ConnectionState = {}));
    function createMessageConnection(messageReader, messageWriter, _logger, options) {
      const logger = _logger !== void 0 ? _logger : exports2.NullLogger;
      let sequenceNumber = 0;
      let notificationSequenceNumber = 0;
      let unknownResponseSequenceNumber = 0;
      const version = "2.0";
      let starRequestHandler = void 0;
      const requestHandlers = /* @__PURE__ */ new Map();
      let starNotificationHandler = void 0;
      const notificationHandlers = /* @__PURE__ */ new Map();
      const progressHandlers = /* @__PURE__ */ new Map();
      let timer;
      let messageQueue = new linkedMap_1.LinkedMap();
      let responsePromises = /* @__PURE__ */ new Map();
      let knownCanceledRequests = /* @__PURE__ */ new Set();
      let requestTokens = /* @__PURE__ */ new Map();
      let trace = Trace.Off;
      let traceFormat = TraceFormat.Text;
      let tracer;
      let state = ConnectionState.New;
      const errorEmitter = new events_1.Emitter();
      const closeEmitter = new events_1.Emitter();
      const unhandledNotificationEmitter = new events_1.Emitter();
      const unhandledProgressEmitter = new events_1.Emitter();
      const disposeEmitter = new events_1.Emitter();
      const cancellationStrategy = options && options.cancellationStrategy ? options.cancellationStrategy : CancellationStrategy.Message;
      function createRequestQueueKey(id) {
        if (id === null) {
          throw new Error(`Can't send requests with id null since the response can't be correlated.`);
        }
        return "req-" + id.toString();
      }
      function createResponseQueueKey(id) {
        if (id === null) {
          return "res-unknown-" + (++unknownResponseSequenceNumber).toString();
        } else {
          return "res-" + id.toString();
        }
      }
      function createNotificationQueueKey() {
        return "not-" + (++notificationSequenceNumber).toString();
      }
      function addMessageToQueue(queue, message) {
        if (messages_1.Message.isRequest(message)) {
          queue.set(createRequestQueueKey(message.id), message);
        } else if (messages_1.Message.isResponse(message)) {
          queue.set(createResponseQueueKey(message.id), message);
        } else {
          queue.set(createNotificationQueueKey(), message);
        }
      }
      function cancelUndispatched(_message) {
        return void 0;
      }
      function isListening() {
        return state === ConnectionState.Listening;
      }
      function isClosed() {
        return state === ConnectionState.Closed;
      }
      function isDisposed() {
        return state === ConnectionState.Disposed;
      }
      function closeHandler() {
        if (state === ConnectionState.New || state === ConnectionState.Listening) {
          state = ConnectionState.Closed;
          closeEmitter.fire(void 0);
        }
      }
      function readErrorHandler(error) {
        errorEmitter.fire([error, void 0, void 0]);
      }
      function writeErrorHandler(data) {
        errorEmitter.fire(data);
      }
      messageReader.onClose(closeHandler);
      messageReader.onError(readErrorHandler);
      messageWriter.onClose(closeHandler);
      messageWriter.onError(writeErrorHandler);
      function triggerMessageQueue() {
        if (timer || messageQueue.size === 0) {
          return;
        }
        timer = (0, ral_1.default)().timer.setImmediate(() => {
          timer = void 0;
          processMessageQueue();
        });
      }
      function handleMessage(message) {
        if (messages_1.Message.isRequest(message)) {
          handleRequest(message);
        } else if (messages_1.Message.isNotification(message)) {
          handleNotification(message);
        } else if (messages_1.Message.isResponse(message)) {
          handleResponse(message);
        } else {
          handleInvalidMessage(message);
        }
      }
      function processMessageQueue() {
        if (messageQueue.size === 0) {
          return;
        }
        const message = messageQueue.shift();
        try {
          const messageStrategy = options?.messageStrategy;
          if (MessageStrategy.is(messageStrategy)) {
            messageStrategy.handleMessage(message, handleMessage);
          } else {
            handleMessage(message);
          }
        } finally {
          triggerMessageQueue();
        }
      }
      const callback = (message) => {
        try {
          if (messages_1.Message.isNotification(message) && message.method === CancelNotification.type.method) {
            const cancelId = message.params.id;
            const key = createRequestQueueKey(cancelId);
            const toCancel = messageQueue.get(key);
            if (messages_1.Message.isRequest(toCancel)) {
              const strategy = options?.connectionStrategy;
              const response = strategy && strategy.cancelUndispatched ? strategy.cancelUndispatched(toCancel, cancelUndispatched) : cancelUndispatched(toCancel);
              if (response && (response.error !== void 0 || response.result !== void 0)) {
                messageQueue.delete(key);
                requestTokens.delete(cancelId);
                response.id = toCancel.id;
                traceSendingResponse(response, message.method, Date.now());
                messageWriter.write(response).catch(() => logger.error(`Sending response for canceled message failed.`));
                return;
              }
            }
            const cancellationToken = requestTokens.get(cancelId);
            if (cancellationToken !== void 0) {
              cancellationToken.cancel();
              traceReceivedNotification(message);
              return;
            } else {
              knownCanceledRequests.add(cancelId);
            }
          }
          addMessageToQueue(messageQueue, message);
        } finally {
          triggerMessageQueue();
        }
      };
      function handleRequest(requestMessage) {
        if (isDisposed()) {
          return;
        }
        function reply(resultOrError, method, startTime2) {
          const message = {
            jsonrpc: version,
            id: requestMessage.id
          };
          if (resultOrError instanceof messages_1.ResponseError) {
            message.error = resultOrError.toJson();
          } else {
            message.result = resultOrError === void 0 ? null : resultOrError;
          }
          traceSendingResponse(message, method, startTime2);
          messageWriter.write(message).catch(() => logger.error(`Sending response failed.`));
        }
        function replyError(error, method, startTime2) {
          const message = {
            jsonrpc: version,
            id: requestMessage.id,
            error: error.toJson()
          };
          traceSendingResponse(message, method, startTime2);
          messageWriter.write(message).catch(() => logger.error(`Sending response failed.`));
        }
        function replySuccess(result, method, startTime2) {
          if (result === void 0) {
            result = null;
          }
          const message = {
            jsonrpc: version,
            id: requestMessage.id,
            result
          };
          traceSendingResponse(message, method, startTime2);
          messageWriter.write(message).catch(() => logger.error(`Sending response failed.`));
        }
        traceReceivedRequest(requestMessage);
        const element = requestHandlers.get(requestMessage.method);
        let type;
        let requestHandler;
        if (element) {
          type = element.type;
          requestHandler = element.handler;
        }
        const startTime = Date.now();
        if (requestHandler || starRequestHandler) {
          const tokenKey = requestMessage.id ?? String(Date.now());
          const cancellationSource = IdCancellationReceiverStrategy.is(cancellationStrategy.receiver) ? cancellationStrategy.receiver.createCancellationTokenSource(tokenKey) : cancellationStrategy.receiver.createCancellationTokenSource(requestMessage);
          if (requestMessage.id !== null && knownCanceledRequests.has(requestMessage.id)) {
            cancellationSource.cancel();
          }
          if (requestMessage.id !== null) {
            requestTokens.set(tokenKey, cancellationSource);
          }
          try {
            let handlerResult;
            if (requestHandler) {
              if (requestMessage.params === void 0) {
                if (type !== void 0 && type.numberOfParams !== 0) {
                  replyError(new messages_1.ResponseError(messages_1.ErrorCodes.InvalidParams, `Request ${requestMessage.method} defines ${type.numberOfParams} params but received none.`), requestMessage.method, startTime);
                  return;
                }
                handlerResult = requestHandler(cancellationSource.token);
              } else if (Array.isArray(requestMessage.params)) {
                if (type !== void 0 && type.parameterStructures === messages_1.ParameterStructures.byName) {
                  replyError(new messages_1.ResponseError(messages_1.ErrorCodes.InvalidParams, `Request ${requestMessage.method} defines parameters by name but received parameters by position`), requestMessage.method, startTime);
                  return;
                }
                handlerResult = requestHandler(...requestMessage.params, cancellationSource.token);
              } else {
                if (type !== void 0 && type.parameterStructures === messages_1.ParameterStructures.byPosition) {
                  replyError(new messages_1.ResponseError(messages_1.ErrorCodes.InvalidParams, `Request ${requestMessage.method} defines parameters by position but received parameters by name`), requestMessage.method, startTime);
                  return;
                }
                handlerResult = requestHandler(requestMessage.params, cancellationSource.token);
              }
            } else if (starRequestHandler) {
              handlerResult = starRequestHandler(requestMessage.method, requestMessage.params, cancellationSource.token);
            }
            const promise = handlerResult;
            if (!handlerResult) {
              requestTokens.delete(tokenKey);
              replySuccess(handlerResult, requestMessage.method, startTime);
            } else if (promise.then) {
              promise.then((resultOrError) => {
                requestTokens.delete(tokenKey);
                reply(resultOrError, requestMessage.method, startTime);
              }, (error) => {
                requestTokens.delete(tokenKey);
                if (error instanceof messages_1.ResponseError) {
                  replyError(error, requestMessage.method, startTime);
                } else if (error && Is.string(error.message)) {
                  replyError(new messages_1.ResponseError(messages_1.ErrorCodes.InternalError, `Request ${requestMessage.method} failed with message: ${error.message}`), requestMessage.method, startTime);
                } else {
                  replyError(new messages_1.ResponseError(messages_1.ErrorCodes.InternalError, `Request ${requestMessage.method} failed unexpectedly without providing any details.`), requestMessage.method, startTime);
                }
              });
            } else {
              requestTokens.delete(tokenKey);
              reply(handlerResult, requestMessage.method, startTime);
            }
          } catch (error) {
            requestTokens.delete(tokenKey);
            if (error instanceof messages_1.ResponseError) {
              reply(error, requestMessage.method, startTime);
            } else if (error && Is.string(error.message)) {
              replyError(new messages_1.ResponseError(messages_1.ErrorCodes.InternalError, `Request ${requestMessage.method} failed with message: ${error.message}`), requestMessage.method, startTime);
            } else {
              replyError(new messages_1.ResponseError(messages_1.ErrorCodes.InternalError, `Request ${requestMessage.method} failed unexpectedly without providing any details.`), requestMessage.method, startTime);
            }
          }
        } else {
          replyError(new messages_1.ResponseError(messages_1.ErrorCodes.MethodNotFound, `Unhandled method ${requestMessage.method}`), requestMessage.method, startTime);
        }
      }
      function handleResponse(responseMessage) {
        if (isDisposed()) {
          return;
        }
        if (responseMessage.id === null) {
          if (responseMessage.error) {
            logger.error(`Received response message without id: Error is: 
${JSON.stringify(responseMessage.error, void 0, 4)}`);
          } else {
            logger.error(`Received response message without id. No further error information provided.`);
          }
        } else {
          const key = responseMessage.id;
          const responsePromise = responsePromises.get(key);
          traceReceivedResponse(responseMessage, responsePromise);
          if (responsePromise !== void 0) {
            responsePromises.delete(key);
            try {
              if (responseMessage.error) {
                const error = responseMessage.error;
                responsePromise.reject(new messages_1.ResponseError(error.code, error.message, error.data));
              } else if (responseMessage.result !== void 0) {
                responsePromise.resolve(responseMessage.result);
              } else {
                throw new Error("Should never happen.");
              }
            } catch (error) {
              if (error.message) {
                logger.error(`Response handler '${responsePromise.method}' failed with message: ${error.message}`);
              } else {
                logger.error(`Response handler '${responsePromise.method}' failed unexpectedly.`);
              }
            }
          }
        }
      }
      function handleNotification(message) {
        if (isDisposed()) {
          return;
        }
        let type = void 0;
        let notificationHandler;
        if (message.method === CancelNotification.type.method) {
          const cancelId = message.params.id;
          knownCanceledRequests.delete(cancelId);
          traceReceivedNotification(message);
          return;
        } else {
          const element = notificationHandlers.get(message.method);
          if (element) {
            notificationHandler = element.handler;
            type = element.type;
          }
        }
        if (notificationHandler || starNotificationHandler) {
          try {
            traceReceivedNotification(message);
            if (notificationHandler) {
              if (message.params === void 0) {
                if (type !== void 0) {
                  if (type.numberOfParams !== 0 && type.parameterStructures !== messages_1.ParameterStructures.byName) {
                    logger.error(`Notification ${message.method} defines ${type.numberOfParams} params but received none.`);
                  }
                }
                notificationHandler();
              } else if (Array.isArray(message.params)) {
                const params = message.params;
                if (message.method === ProgressNotification.type.method && params.length === 2 && ProgressToken.is(params[0])) {
                  notificationHandler({ token: params[0], value: params[1] });
                } else {
                  if (type !== void 0) {
                    if (type.parameterStructures === messages_1.ParameterStructures.byName) {
                      logger.error(`Notification ${message.method} defines parameters by name but received parameters by position`);
                    }
                    if (type.numberOfParams !== message.params.length) {
                      logger.error(`Notification ${message.method} defines ${type.numberOfParams} params but received ${params.length} arguments`);
                    }
                  }
                  notificationHandler(...params);
                }
              } else {
                if (type !== void 0 && type.parameterStructures === messages_1.ParameterStructures.byPosition) {
                  logger.error(`Notification ${message.method} defines parameters by position but received parameters by name`);
                }
                notificationHandler(message.params);
              }
            } else if (starNotificationHandler) {
              starNotificationHandler(message.method, message.params);
            }
          } catch (error) {
            if (error.message) {
              logger.error(`Notification handler '${message.method}' failed with message: ${error.message}`);
            } else {
              logger.error(`Notification handler '${message.method}' failed unexpectedly.`);
            }
          }
        } else {
          unhandledNotificationEmitter.fire(message);
        }
      }
      function handleInvalidMessage(message) {
        if (!message) {
          logger.error("Received empty message.");
          return;
        }
        logger.error(`Received message which is neither a response nor a notification message:
${JSON.stringify(message, null, 4)}`);
        const responseMessage = message;
        if (Is.string(responseMessage.id) || Is.number(responseMessage.id)) {
          const key = responseMessage.id;
          const responseHandler = responsePromises.get(key);
          if (responseHandler) {
            responseHandler.reject(new Error("The received response has neither a result nor an error property."));
          }
        }
      }
      function stringifyTrace(params) {
        if (params === void 0 || params === null) {
          return void 0;
        }
        switch (trace) {
          case Trace.Verbose:
            return JSON.stringify(params, null, 4);
          case Trace.Compact:
            return JSON.stringify(params);
          default:
            return void 0;
        }
      }
      function traceSendingRequest(message) {
        if (trace === Trace.Off || !tracer) {
          return;
        }
        if (traceFormat === TraceFormat.Text) {
          let data = void 0;
          if ((trace === Trace.Verbose || trace === Trace.Compact) && message.params) {
            data = `Params: ${stringifyTrace(message.params)}

`;
          }
          tracer.log(`Sending request '${message.method} - (${message.id})'.`, data);
        } else {
          logLSPMessage("send-request", message);
        }
      }
      function traceSendingNotification(message) {
        if (trace === Trace.Off || !tracer) {
          return;
        }
        if (traceFormat === TraceFormat.Text) {
          let data = void 0;
          if (trace === Trace.Verbose || trace === Trace.Compact) {
            if (message.params) {
              data = `Params: ${stringifyTrace(message.params)}

`;
            } else {
              data = "No parameters provided.\n\n";
            }
          }
          tracer.log(`Sending notification '${message.method}'.`, data);
        } else {
          logLSPMessage("send-notification", message);
        }
      }
      function traceSendingResponse(message, method, startTime) {
        if (trace === Trace.Off || !tracer) {
          return;
        }
        if (traceFormat === TraceFormat.Text) {
          let data = void 0;
          if (trace === Trace.Verbose || trace === Trace.Compact) {
            if (message.error && message.error.data) {
              data = `Error data: ${stringifyTrace(message.error.data)}

`;
            } else {
              if (message.result) {
                data = `Result: ${stringifyTrace(message.result)}

`;
              } else if (message.error === void 0) {
                data = "No result returned.\n\n";
              }
            }
          }
          tracer.log(`Sending response '${method} - (${message.id})'. Processing request took ${Date.now() - startTime}ms`, data);
        } else {
          logLSPMessage("send-response", message);
        }
      }
      function traceReceivedRequest(message) {
        if (trace === Trace.Off || !tracer) {
          return;
        }
        if (traceFormat === TraceFormat.Text) {
          let data = void 0;
          if ((trace === Trace.Verbose || trace === Trace.Compact) && message.params) {
            data = `Params: ${stringifyTrace(message.params)}

`;
          }
          tracer.log(`Received request '${message.method} - (${message.id})'.`, data);
        } else {
          logLSPMessage("receive-request", message);
        }
      }
      function traceReceivedNotification(message) {
        if (trace === Trace.Off || !tracer || message.method === LogTraceNotification.type.method) {
          return;
        }
        if (traceFormat === TraceFormat.Text) {
          let data = void 0;
          if (trace === Trace.Verbose || trace === Trace.Compact) {
            if (message.params) {
              data = `Params: ${stringifyTrace(message.params)}

`;
            } else {
              data = "No parameters provided.\n\n";
            }
          }
          tracer.log(`Received notification '${message.method}'.`, data);
        } else {
          logLSPMessage("receive-notification", message);
        }
      }
      function traceReceivedResponse(message, responsePromise) {
        if (trace === Trace.Off || !tracer) {
          return;
        }
        if (traceFormat === TraceFormat.Text) {
          let data = void 0;
          if (trace === Trace.Verbose || trace === Trace.Compact) {
            if (message.error && message.error.data) {
              data = `Error data: ${stringifyTrace(message.error.data)}

`;
            } else {
              if (message.result) {
                data = `Result: ${stringifyTrace(message.result)}

`;
              } else if (message.error === void 0) {
                data = "No result returned.\n\n";
              }
            }
          }
          if (responsePromise) {
            const error = message.error ? ` Request failed: ${message.error.message} (${message.error.code}).` : "";
            tracer.log(`Received response '${responsePromise.method} - (${message.id})' in ${Date.now() - responsePromise.timerStart}ms.${error}`, data);
          } else {
            tracer.log(`Received response ${message.id} without active response promise.`, data);
          }
        } else {
          logLSPMessage("receive-response", message);
        }
      }
      function logLSPMessage(type, message) {
        if (!tracer || trace === Trace.Off) {
          return;
        }
        const lspMessage = {
          isLSPMessage: true,
          type,
          message,
          timestamp: Date.now()
        };
        tracer.log(lspMessage);
      }
      function throwIfClosedOrDisposed() {
        if (isClosed()) {
          throw new ConnectionError(ConnectionErrors.Closed, "Connection is closed.");
        }
        if (isDisposed()) {
          throw new ConnectionError(ConnectionErrors.Disposed, "Connection is disposed.");
        }
      }
      function throwIfListening() {
        if (isListening()) {
          throw new ConnectionError(ConnectionErrors.AlreadyListening, "Connection is already listening");
        }
      }
      function throwIfNotListening() {
        if (!isListening()) {
          throw new Error("Call listen() first.");
        }
      }
      function undefinedToNull(param) {
        if (param === void 0) {
          return null;
        } else {
          return param;
        }
      }
      function nullToUndefined(param) {
        if (param === null) {
          return void 0;
        } else {
          return param;
        }
      }
      function isNamedParam(param) {
        return param !== void 0 && param !== null && !Array.isArray(param) && typeof param === "object";
      }
      function computeSingleParam(parameterStructures, param) {
        switch (parameterStructures) {
          case messages_1.ParameterStructures.auto:
            if (isNamedParam(param)) {
              return nullToUndefined(param);
            } else {
              return [undefinedToNull(param)];
            }
          case messages_1.ParameterStructures.byName:
            if (!isNamedParam(param)) {
              throw new Error(`Received parameters by name but param is not an object literal.`);
            }
            return nullToUndefined(param);
          case messages_1.ParameterStructures.byPosition:
            return [undefinedToNull(param)];
          default:
            throw new Error(`Unknown parameter structure ${parameterStructures.toString()}`);
        }
      }
      function computeMessageParams(type, params) {
        let result;
        const numberOfParams = type.numberOfParams;
        switch (numberOfParams) {
          case 0:
            result = void 0;
            break;
          case 1:
            result = computeSingleParam(type.parameterStructures, params[0]);
            break;
          default:
            result = [];
            for (let i = 0; i < params.length && i < numberOfParams; i++) {
              result.push(undefinedToNull(params[i]));
            }
            if (params.length < numberOfParams) {
              for (let i = params.length; i < numberOfParams; i++) {
                result.push(null);
              }
            }
            break;
        }
        return result;
      }
      const connection = {
        sendNotification: (type, ...args) => {
          throwIfClosedOrDisposed();
          let method;
          let messageParams;
          if (Is.string(type)) {
            method = type;
            const first = args[0];
            let paramStart = 0;
            let parameterStructures = messages_1.ParameterStructures.auto;
            if (messages_1.ParameterStructures.is(first)) {
              paramStart = 1;
              parameterStructures = first;
            }
            let paramEnd = args.length;
            const numberOfParams = paramEnd - paramStart;
            switch (numberOfParams) {
              case 0:
                messageParams = void 0;
                break;
              case 1:
                messageParams = computeSingleParam(parameterStructures, args[paramStart]);
                break;
              default:
                if (parameterStructures === messages_1.ParameterStructures.byName) {
                  throw new Error(`Received ${numberOfParams} parameters for 'by Name' notification parameter structure.`);
                }
                messageParams = args.slice(paramStart, paramEnd).map((value) => undefinedToNull(value));
                break;
            }
          } else {
            const params = args;
            method = type.method;
            messageParams = computeMessageParams(type, params);
          }
          const notificationMessage = {
            jsonrpc: version,
            method,
            params: messageParams
          };
          traceSendingNotification(notificationMessage);
          return messageWriter.write(notificationMessage).catch((error) => {
            logger.error(`Sending notification failed.`);
            throw error;
          });
        },
        onNotification: (type, handler) => {
          throwIfClosedOrDisposed();
          let method;
          if (Is.func(type)) {
            starNotificationHandler = type;
          } else if (handler) {
            if (Is.string(type)) {
              method = type;
              notificationHandlers.set(type, { type: void 0, handler });
            } else {
              method = type.method;
              notificationHandlers.set(type.method, { type, handler });
            }
          }
          return {
            dispose: () => {
              if (method !== void 0) {
                notificationHandlers.delete(method);
              } else {
                starNotificationHandler = void 0;
              }
            }
          };
        },
        onProgress: (_type, token, handler) => {
          if (progressHandlers.has(token)) {
            throw new Error(`Progress handler for token ${token} already registered`);
          }
          progressHandlers.set(token, handler);
          return {
            dispose: () => {
              progressHandlers.delete(token);
            }
          };
        },
        sendProgress: (_type, token, value) => {
          return connection.sendNotification(ProgressNotification.type, { token, value });
        },
        onUnhandledProgress: unhandledProgressEmitter.event,
        sendRequest: (type, ...args) => {
          throwIfClosedOrDisposed();
          throwIfNotListening();
          let method;
          let messageParams;
          let token = void 0;
          if (Is.string(type)) {
            method = type;
            const first = args[0];
            const last = args[args.length - 1];
            let paramStart = 0;
            let parameterStructures = messages_1.ParameterStructures.auto;
            if (messages_1.ParameterStructures.is(first)) {
              paramStart = 1;
              parameterStructures = first;
            }
            let paramEnd = args.length;
            if (cancellation_1.CancellationToken.is(last)) {
              paramEnd = paramEnd - 1;
              token = last;
            }
            const numberOfParams = paramEnd - paramStart;
            switch (numberOfParams) {
              case 0:
                messageParams = void 0;
                break;
              case 1:
                messageParams = computeSingleParam(parameterStructures, args[paramStart]);
                break;
              default:
                if (parameterStructures === messages_1.ParameterStructures.byName) {
                  throw new Error(`Received ${numberOfParams} parameters for 'by Name' request parameter structure.`);
                }
                messageParams = args.slice(paramStart, paramEnd).map((value) => undefinedToNull(value));
                break;
            }
          } else {
            const params = args;
            method = type.method;
            messageParams = computeMessageParams(type, params);
            const numberOfParams = type.numberOfParams;
            token = cancellation_1.CancellationToken.is(params[numberOfParams]) ? params[numberOfParams] : void 0;
          }
          const id = sequenceNumber++;
          let disposable;
          if (token) {
            disposable = token.onCancellationRequested(() => {
              const p = cancellationStrategy.sender.sendCancellation(connection, id);
              if (p === void 0) {
                logger.log(`Received no promise from cancellation strategy when cancelling id ${id}`);
                return Promise.resolve();
              } else {
                return p.catch(() => {
                  logger.log(`Sending cancellation messages for id ${id} failed`);
                });
              }
            });
          }
          const requestMessage = {
            jsonrpc: version,
            id,
            method,
            params: messageParams
          };
          traceSendingRequest(requestMessage);
          if (typeof cancellationStrategy.sender.enableCancellation === "function") {
            cancellationStrategy.sender.enableCancellation(requestMessage);
          }
          return new Promise(async (resolve, reject) => {
            const resolveWithCleanup = (r) => {
              resolve(r);
              cancellationStrategy.sender.cleanup(id);
              disposable?.dispose();
            };
            const rejectWithCleanup = (r) => {
              reject(r);
              cancellationStrategy.sender.cleanup(id);
              disposable?.dispose();
            };
            const responsePromise = { method, timerStart: Date.now(), resolve: resolveWithCleanup, reject: rejectWithCleanup };
            try {
              responsePromises.set(id, responsePromise);
              await messageWriter.write(requestMessage);
            } catch (error) {
              responsePromises.delete(id);
              responsePromise.reject(new messages_1.ResponseError(messages_1.ErrorCodes.MessageWriteError, error.message ? error.message : "Unknown reason"));
              logger.error(`Sending request failed.`);
              throw error;
            }
          });
        },
        onRequest: (type, handler) => {
          throwIfClosedOrDisposed();
          let method = null;
          if (StarRequestHandler.is(type)) {
            method = void 0;
            starRequestHandler = type;
          } else if (Is.string(type)) {
            method = null;
            if (handler !== void 0) {
              method = type;
              requestHandlers.set(type, { handler, type: void 0 });
            }
          } else {
            if (handler !== void 0) {
              method = type.method;
              requestHandlers.set(type.method, { type, handler });
            }
          }
          return {
            dispose: () => {
              if (method === null) {
                return;
              }
              if (method !== void 0) {
                requestHandlers.delete(method);
              } else {
                starRequestHandler = void 0;
              }
            }
          };
        },
        hasPendingResponse: () => {
          return responsePromises.size > 0;
        },
        trace: async (_value, _tracer, sendNotificationOrTraceOptions) => {
          let _sendNotification = false;
          let _traceFormat = TraceFormat.Text;
          if (sendNotificationOrTraceOptions !== void 0) {
            if (Is.boolean(sendNotificationOrTraceOptions)) {
              _sendNotification = sendNotificationOrTraceOptions;
            } else {
              _sendNotification = sendNotificationOrTraceOptions.sendNotification || false;
              _traceFormat = sendNotificationOrTraceOptions.traceFormat || TraceFormat.Text;
            }
          }
          trace = _value;
          traceFormat = _traceFormat;
          if (trace === Trace.Off) {
            tracer = void 0;
          } else {
            tracer = _tracer;
          }
          if (_sendNotification && !isClosed() && !isDisposed()) {
            await connection.sendNotification(SetTraceNotification.type, { value: Trace.toString(_value) });
          }
        },
        onError: errorEmitter.event,
        onClose: closeEmitter.event,
        onUnhandledNotification: unhandledNotificationEmitter.event,
        onDispose: disposeEmitter.event,
        end: () => {
          messageWriter.end();
        },
        dispose: () => {
          if (isDisposed()) {
            return;
          }
          state = ConnectionState.Disposed;
          disposeEmitter.fire(void 0);
          const error = new messages_1.ResponseError(messages_1.ErrorCodes.PendingResponseRejected, "Pending response rejected since connection got disposed");
          for (const promise of responsePromises.values()) {
            promise.reject(error);
          }
          responsePromises = /* @__PURE__ */ new Map();
          requestTokens = /* @__PURE__ */ new Map();
          knownCanceledRequests = /* @__PURE__ */ new Set();
          messageQueue = new linkedMap_1.LinkedMap();
          if (Is.func(messageWriter.dispose)) {
            messageWriter.dispose();
          }
          if (Is.func(messageReader.dispose)) {
            messageReader.dispose();
          }
        },
        listen: () => {
          throwIfClosedOrDisposed();
          throwIfListening();
          state = ConnectionState.Listening;
          messageReader.listen(callback);
        },
        inspect: () => {
          (0, ral_1.default)().console.log("inspect");
        }
      };
      connection.onNotification(LogTraceNotification.type, (params) => {
        if (trace === Trace.Off || !tracer) {
          return;
        }
        const verbose = trace === Trace.Verbose || trace === Trace.Compact;
        tracer.log(params.message, verbose ? params.verbose : void 0);
      });
      connection.onNotification(ProgressNotification.type, (params) => {
        const handler = progressHandlers.get(params.token);
        if (handler) {
          handler(params.value);
        } else {
          unhandledProgressEmitter.fire(params);
        }
      });
      return connection;
    }
    exports2.createMessageConnection = createMessageConnection;
  }
});

// node_modules/vscode-jsonrpc/lib/common/api.js
var require_api = __commonJS({
  "node_modules/vscode-jsonrpc/lib/common/api.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ProgressType = exports2.ProgressToken = exports2.createMessageConnection = exports2.NullLogger = exports2.ConnectionOptions = exports2.ConnectionStrategy = exports2.AbstractMessageBuffer = exports2.WriteableStreamMessageWriter = exports2.AbstractMessageWriter = exports2.MessageWriter = exports2.ReadableStreamMessageReader = exports2.AbstractMessageReader = exports2.MessageReader = exports2.SharedArrayReceiverStrategy = exports2.SharedArraySenderStrategy = exports2.CancellationToken = exports2.CancellationTokenSource = exports2.Emitter = exports2.Event = exports2.Disposable = exports2.LRUCache = exports2.Touch = exports2.LinkedMap = exports2.ParameterStructures = exports2.NotificationType9 = exports2.NotificationType8 = exports2.NotificationType7 = exports2.NotificationType6 = exports2.NotificationType5 = exports2.NotificationType4 = exports2.NotificationType3 = exports2.NotificationType2 = exports2.NotificationType1 = exports2.NotificationType0 = exports2.NotificationType = exports2.ErrorCodes = exports2.ResponseError = exports2.RequestType9 = exports2.RequestType8 = exports2.RequestType7 = exports2.RequestType6 = exports2.RequestType5 = exports2.RequestType4 = exports2.RequestType3 = exports2.RequestType2 = exports2.RequestType1 = exports2.RequestType0 = exports2.RequestType = exports2.Message = exports2.RAL = void 0;
    exports2.MessageStrategy = exports2.CancellationStrategy = exports2.CancellationSenderStrategy = exports2.CancellationReceiverStrategy = exports2.ConnectionError = exports2.ConnectionErrors = exports2.LogTraceNotification = exports2.SetTraceNotification = exports2.TraceFormat = exports2.TraceValues = exports2.Trace = void 0;
    var messages_1 = require_messages();
    Object.defineProperty(exports2, "Message", { enumerable: true, get: function() {
      return messages_1.Message;
    } });
    Object.defineProperty(exports2, "RequestType", { enumerable: true, get: function() {
      return messages_1.RequestType;
    } });
    Object.defineProperty(exports2, "RequestType0", { enumerable: true, get: function() {
      return messages_1.RequestType0;
    } });
    Object.defineProperty(exports2, "RequestType1", { enumerable: true, get: function() {
      return messages_1.RequestType1;
    } });
    Object.defineProperty(exports2, "RequestType2", { enumerable: true, get: function() {
      return messages_1.RequestType2;
    } });
    Object.defineProperty(exports2, "RequestType3", { enumerable: true, get: function() {
      return messages_1.RequestType3;
    } });
    Object.defineProperty(exports2, "RequestType4", { enumerable: true, get: function() {
      return messages_1.RequestType4;
    } });
    Object.defineProperty(exports2, "RequestType5", { enumerable: true, get: function() {
      return messages_1.RequestType5;
    } });
    Object.defineProperty(exports2, "RequestType6", { enumerable: true, get: function() {
      return messages_1.RequestType6;
    } });
    Object.defineProperty(exports2, "RequestType7", { enumerable: true, get: function() {
      return messages_1.RequestType7;
    } });
    Object.defineProperty(exports2, "RequestType8", { enumerable: true, get: function() {
      return messages_1.RequestType8;
    } });
    Object.defineProperty(exports2, "RequestType9", { enumerable: true, get: function() {
      return messages_1.RequestType9;
    } });
    Object.defineProperty(exports2, "ResponseError", { enumerable: true, get: function() {
      return messages_1.ResponseError;
    } });
    Object.defineProperty(exports2, "ErrorCodes", { enumerable: true, get: function() {
      return messages_1.ErrorCodes;
    } });
    Object.defineProperty(exports2, "NotificationType", { enumerable: true, get: function() {
      return messages_1.NotificationType;
    } });
    Object.defineProperty(exports2, "NotificationType0", { enumerable: true, get: function() {
      return messages_1.NotificationType0;
    } });
    Object.defineProperty(exports2, "NotificationType1", { enumerable: true, get: function() {
      return messages_1.NotificationType1;
    } });
    Object.defineProperty(exports2, "NotificationType2", { enumerable: true, get: function() {
      return messages_1.NotificationType2;
    } });
    Object.defineProperty(exports2, "NotificationType3", { enumerable: true, get: function() {
      return messages_1.NotificationType3;
    } });
    Object.defineProperty(exports2, "NotificationType4", { enumerable: true, get: function() {
      return messages_1.NotificationType4;
    } });
    Object.defineProperty(exports2, "NotificationType5", { enumerable: true, get: function() {
      return messages_1.NotificationType5;
    } });
    Object.defineProperty(exports2, "NotificationType6", { enumerable: true, get: function() {
      return messages_1.NotificationType6;
    } });
    Object.defineProperty(exports2, "NotificationType7", { enumerable: true, get: function() {
      return messages_1.NotificationType7;
    } });
    Object.defineProperty(exports2, "NotificationType8", { enumerable: true, get: function() {
      return messages_1.NotificationType8;
    } });
    Object.defineProperty(exports2, "NotificationType9", { enumerable: true, get: function() {
      return messages_1.NotificationType9;
    } });
    Object.defineProperty(exports2, "ParameterStructures", { enumerable: true, get: function() {
      return messages_1.ParameterStructures;
    } });
    var linkedMap_1 = require_linkedMap();
    Object.defineProperty(exports2, "LinkedMap", { enumerable: true, get: function() {
      return linkedMap_1.LinkedMap;
    } });
    Object.defineProperty(exports2, "LRUCache", { enumerable: true, get: function() {
      return linkedMap_1.LRUCache;
    } });
    Object.defineProperty(exports2, "Touch", { enumerable: true, get: function() {
      return linkedMap_1.Touch;
    } });
    var disposable_1 = require_disposable();
    Object.defineProperty(exports2, "Disposable", { enumerable: true, get: function() {
      return disposable_1.Disposable;
    } });
    var events_1 = require_events();
    Object.defineProperty(exports2, "Event", { enumerable: true, get: function() {
      return events_1.Event;
    } });
    Object.defineProperty(exports2, "Emitter", { enumerable: true, get: function() {
      return events_1.Emitter;
    } });
    var cancellation_1 = require_cancellation();
    Object.defineProperty(exports2, "CancellationTokenSource", { enumerable: true, get: function() {
      return cancellation_1.CancellationTokenSource;
    } });
    Object.defineProperty(exports2, "CancellationToken", { enumerable: true, get: function() {
      return cancellation_1.CancellationToken;
    } });
    var sharedArrayCancellation_1 = require_sharedArrayCancellation();
    Object.defineProperty(exports2, "SharedArraySenderStrategy", { enumerable: true, get: function() {
      return sharedArrayCancellation_1.SharedArraySenderStrategy;
    } });
    Object.defineProperty(exports2, "SharedArrayReceiverStrategy", { enumerable: true, get: function() {
      return sharedArrayCancellation_1.SharedArrayReceiverStrategy;
    } });
    var messageReader_1 = require_messageReader();
    Object.defineProperty(exports2, "MessageReader", { enumerable: true, get: function() {
      return messageReader_1.MessageReader;
    } });
    Object.defineProperty(exports2, "AbstractMessageReader", { enumerable: true, get: function() {
      return messageReader_1.AbstractMessageReader;
    } });
    Object.defineProperty(exports2, "ReadableStreamMessageReader", { enumerable: true, get: function() {
      return messageReader_1.ReadableStreamMessageReader;
    } });
    var messageWriter_1 = require_messageWriter();
    Object.defineProperty(exports2, "MessageWriter", { enumerable: true, get: function() {
      return messageWriter_1.MessageWriter;
    } });
    Object.defineProperty(exports2, "AbstractMessageWriter", { enumerable: true, get: function() {
      return messageWriter_1.AbstractMessageWriter;
    } });
    Object.defineProperty(exports2, "WriteableStreamMessageWriter", { enumerable: true, get: function() {
      return messageWriter_1.WriteableStreamMessageWriter;
    } });
    var messageBuffer_1 = require_messageBuffer();
    Object.defineProperty(exports2, "AbstractMessageBuffer", { enumerable: true, get: function() {
      return messageBuffer_1.AbstractMessageBuffer;
    } });
    var connection_1 = require_connection();
    Object.defineProperty(exports2, "ConnectionStrategy", { enumerable: true, get: function() {
      return connection_1.ConnectionStrategy;
    } });
    Object.defineProperty(exports2, "ConnectionOptions", { enumerable: true, get: function() {
      return connection_1.ConnectionOptions;
    } });
    Object.defineProperty(exports2, "NullLogger", { enumerable: true, get: function() {
      return connection_1.NullLogger;
    } });
    Object.defineProperty(exports2, "createMessageConnection", { enumerable: true, get: function() {
      return connection_1.createMessageConnection;
    } });
    Object.defineProperty(exports2, "ProgressToken", { enumerable: true, get: function() {
      return connection_1.ProgressToken;
    } });
    Object.defineProperty(exports2, "ProgressType", { enumerable: true, get: function() {
      return connection_1.ProgressType;
    } });
    Object.defineProperty(exports2, "Trace", { enumerable: true, get: function() {
      return connection_1.Trace;
    } });
    Object.defineProperty(exports2, "TraceValues", { enumerable: true, get: function() {
      return connection_1.TraceValues;
    } });
    Object.defineProperty(exports2, "TraceFormat", { enumerable: true, get: function() {
      return connection_1.TraceFormat;
    } });
    Object.defineProperty(exports2, "SetTraceNotification", { enumerable: true, get: function() {
      return connection_1.SetTraceNotification;
    } });
    Object.defineProperty(exports2, "LogTraceNotification", { enumerable: true, get: function() {
      return connection_1.LogTraceNotification;
    } });
    Object.defineProperty(exports2, "ConnectionErrors", { enumerable: true, get: function() {
      return connection_1.ConnectionErrors;
    } });
    Object.defineProperty(exports2, "ConnectionError", { enumerable: true, get: function() {
      return connection_1.ConnectionError;
    } });
    Object.defineProperty(exports2, "CancellationReceiverStrategy", { enumerable: true, get: function() {
      return connection_1.CancellationReceiverStrategy;
    } });
    Object.defineProperty(exports2, "CancellationSenderStrategy", { enumerable: true, get: function() {
      return connection_1.CancellationSenderStrategy;
    } });
    Object.defineProperty(exports2, "CancellationStrategy", { enumerable: true, get: function() {
      return connection_1.CancellationStrategy;
    } });
    Object.defineProperty(exports2, "MessageStrategy", { enumerable: true, get: function() {
      return connection_1.MessageStrategy;
    } });
    var ral_1 = require_ral();
    exports2.RAL = ral_1.default;
  }
});

// node_modules/vscode-jsonrpc/lib/node/ril.js
var require_ril = __commonJS({
  "node_modules/vscode-jsonrpc/lib/node/ril.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var util_1 = require("util");
    var api_1 = require_api();
    var MessageBuffer = class _MessageBuffer extends api_1.AbstractMessageBuffer {
      constructor(encoding = "utf-8") {
        super(encoding);
      }
      emptyBuffer() {
        return _MessageBuffer.emptyBuffer;
      }
      fromString(value, encoding) {
        return Buffer.from(value, encoding);
      }
      toString(value, encoding) {
        if (value instanceof Buffer) {
          return value.toString(encoding);
        } else {
          return new util_1.TextDecoder(encoding).decode(value);
        }
      }
      asNative(buffer, length) {
        if (length === void 0) {
          return buffer instanceof Buffer ? buffer : Buffer.from(buffer);
        } else {
          return buffer instanceof Buffer ? buffer.slice(0, length) : Buffer.from(buffer, 0, length);
        }
      }
      allocNative(length) {
        return Buffer.allocUnsafe(length);
      }
    };
    MessageBuffer.emptyBuffer = Buffer.allocUnsafe(0);
    var ReadableStreamWrapper = class {
      constructor(stream) {
        this.stream = stream;
      }
      onClose(listener) {
        this.stream.on("close", listener);
        return api_1.Disposable.create(() => this.stream.off("close", listener));
      }
      onError(listener) {
        this.stream.on("error", listener);
        return api_1.Disposable.create(() => this.stream.off("error", listener));
      }
      onEnd(listener) {
        this.stream.on("end", listener);
        return api_1.Disposable.create(() => this.stream.off("end", listener));
      }
      onData(listener) {
        this.stream.on("data", listener);
        return api_1.Disposable.create(() => this.stream.off("data", listener));
      }
    };
    var WritableStreamWrapper = class {
      constructor(stream) {
        this.stream = stream;
      }
      onClose(listener) {
        this.stream.on("close", listener);
        return api_1.Disposable.create(() => this.stream.off("close", listener));
      }
      onError(listener) {
        this.stream.on("error", listener);
        return api_1.Disposable.create(() => this.stream.off("error", listener));
      }
      onEnd(listener) {
        this.stream.on("end", listener);
        return api_1.Disposable.create(() => this.stream.off("end", listener));
      }
      write(data, encoding) {
        return new Promise((resolve, reject) => {
          const callback = (error) => {
            if (error === void 0 || error === null) {
              resolve();
            } else {
              reject(error);
            }
          };
          if (typeof data === "string") {
            this.stream.write(data, encoding, callback);
          } else {
            this.stream.write(data, callback);
          }
        });
      }
      end() {
        this.stream.end();
      }
    };
    var _ril = Object.freeze({
      messageBuffer: Object.freeze({
        create: (encoding) => new MessageBuffer(encoding)
      }),
      applicationJson: Object.freeze({
        encoder: Object.freeze({
          name: "application/json",
          encode: (msg, options) => {
            try {
              return Promise.resolve(Buffer.from(JSON.stringify(msg, void 0, 0), options.charset));
            } catch (err) {
              return Promise.reject(err);
            }
          }
        }),
        decoder: Object.freeze({
          name: "application/json",
          decode: (buffer, options) => {
            try {
              if (buffer instanceof Buffer) {
                return Promise.resolve(JSON.parse(buffer.toString(options.charset)));
              } else {
                return Promise.resolve(JSON.parse(new util_1.TextDecoder(options.charset).decode(buffer)));
              }
            } catch (err) {
              return Promise.reject(err);
            }
          }
        })
      }),
      stream: Object.freeze({
        asReadableStream: (stream) => new ReadableStreamWrapper(stream),
        asWritableStream: (stream) => new WritableStreamWrapper(stream)
      }),
      console,
      timer: Object.freeze({
        setTimeout(callback, ms, ...args) {
          const handle = setTimeout(callback, ms, ...args);
          return { dispose: () => clearTimeout(handle) };
        },
        setImmediate(callback, ...args) {
          const handle = setImmediate(callback, ...args);
          return { dispose: () => clearImmediate(handle) };
        },
        setInterval(callback, ms, ...args) {
          const handle = setInterval(callback, ms, ...args);
          return { dispose: () => clearInterval(handle) };
        }
      })
    });
    function RIL() {
      return _ril;
    }
    (function(RIL2) {
      function install() {
        api_1.RAL.install(_ril);
      }
      RIL2.install = install;
    })(RIL || (RIL = {}));
    exports2.default = RIL;
  }
});

// node_modules/vscode-jsonrpc/lib/node/main.js
var require_main = __commonJS({
  "node_modules/vscode-jsonrpc/lib/node/main.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    } : function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    });
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createMessageConnection = exports2.createServerSocketTransport = exports2.createClientSocketTransport = exports2.createServerPipeTransport = exports2.createClientPipeTransport = exports2.generateRandomPipeName = exports2.StreamMessageWriter = exports2.StreamMessageReader = exports2.SocketMessageWriter = exports2.SocketMessageReader = exports2.PortMessageWriter = exports2.PortMessageReader = exports2.IPCMessageWriter = exports2.IPCMessageReader = void 0;
    var ril_1 = require_ril();
    ril_1.default.install();
    var path = require("path");
    var os = require("os");
    var crypto_1 = require("crypto");
    var net_1 = require("net");
    var api_1 = require_api();
    __exportStar(require_api(), exports2);
    var IPCMessageReader = class extends api_1.AbstractMessageReader {
      constructor(process2) {
        super();
        this.process = process2;
        let eventEmitter = this.process;
        eventEmitter.on("error", (error) => this.fireError(error));
        eventEmitter.on("close", () => this.fireClose());
      }
      listen(callback) {
        this.process.on("message", callback);
        return api_1.Disposable.create(() => this.process.off("message", callback));
      }
    };
    exports2.IPCMessageReader = IPCMessageReader;
    var IPCMessageWriter = class extends api_1.AbstractMessageWriter {
      constructor(process2) {
        super();
        this.process = process2;
        this.errorCount = 0;
        const eventEmitter = this.process;
        eventEmitter.on("error", (error) => this.fireError(error));
        eventEmitter.on("close", () => this.fireClose);
      }
      write(msg) {
        try {
          if (typeof this.process.send === "function") {
            this.process.send(msg, void 0, void 0, (error) => {
              if (error) {
                this.errorCount++;
                this.handleError(error, msg);
              } else {
                this.errorCount = 0;
              }
            });
          }
          return Promise.resolve();
        } catch (error) {
          this.handleError(error, msg);
          return Promise.reject(error);
        }
      }
      handleError(error, msg) {
        this.errorCount++;
        this.fireError(error, msg, this.errorCount);
      }
      end() {
      }
    };
    exports2.IPCMessageWriter = IPCMessageWriter;
    var PortMessageReader = class extends api_1.AbstractMessageReader {
      constructor(port) {
        super();
        this.onData = new api_1.Emitter();
        port.on("close", () => this.fireClose);
        port.on("error", (error) => this.fireError(error));
        port.on("message", (message) => {
          this.onData.fire(message);
        });
      }
      listen(callback) {
        return this.onData.event(callback);
      }
    };
    exports2.PortMessageReader = PortMessageReader;
    var PortMessageWriter = class extends api_1.AbstractMessageWriter {
      constructor(port) {
        super();
        this.port = port;
        this.errorCount = 0;
        port.on("close", () => this.fireClose());
        port.on("error", (error) => this.fireError(error));
      }
      write(msg) {
        try {
          this.port.postMessage(msg);
          return Promise.resolve();
        } catch (error) {
          this.handleError(error, msg);
          return Promise.reject(error);
        }
      }
      handleError(error, msg) {
        this.errorCount++;
        this.fireError(error, msg, this.errorCount);
      }
      end() {
      }
    };
    exports2.PortMessageWriter = PortMessageWriter;
    var SocketMessageReader = class extends api_1.ReadableStreamMessageReader {
      constructor(socket, encoding = "utf-8") {
        super((0, ril_1.default)().stream.asReadableStream(socket), encoding);
      }
    };
    exports2.SocketMessageReader = SocketMessageReader;
    var SocketMessageWriter = class extends api_1.WriteableStreamMessageWriter {
      constructor(socket, options) {
        super((0, ril_1.default)().stream.asWritableStream(socket), options);
        this.socket = socket;
      }
      dispose() {
        super.dispose();
        this.socket.destroy();
      }
    };
    exports2.SocketMessageWriter = SocketMessageWriter;
    var StreamMessageReader = class extends api_1.ReadableStreamMessageReader {
      constructor(readable, encoding) {
        super((0, ril_1.default)().stream.asReadableStream(readable), encoding);
      }
    };
    exports2.StreamMessageReader = StreamMessageReader;
    var StreamMessageWriter = class extends api_1.WriteableStreamMessageWriter {
      constructor(writable, options) {
        super((0, ril_1.default)().stream.asWritableStream(writable), options);
      }
    };
    exports2.StreamMessageWriter = StreamMessageWriter;
    var XDG_RUNTIME_DIR = process.env["XDG_RUNTIME_DIR"];
    var safeIpcPathLengths = /* @__PURE__ */ new Map([
      ["linux", 107],
      ["darwin", 103]
    ]);
    function generateRandomPipeName() {
      const randomSuffix = (0, crypto_1.randomBytes)(21).toString("hex");
      if (process.platform === "win32") {
        return `\\\\.\\pipe\\vscode-jsonrpc-${randomSuffix}-sock`;
      }
      let result;
      if (XDG_RUNTIME_DIR) {
        result = path.join(XDG_RUNTIME_DIR, `vscode-ipc-${randomSuffix}.sock`);
      } else {
        result = path.join(os.tmpdir(), `vscode-${randomSuffix}.sock`);
      }
      const limit = safeIpcPathLengths.get(process.platform);
      if (limit !== void 0 && result.length > limit) {
        (0, ril_1.default)().console.warn(`WARNING: IPC handle "${result}" is longer than ${limit} characters.`);
      }
      return result;
    }
    exports2.generateRandomPipeName = generateRandomPipeName;
    function createClientPipeTransport(pipeName, encoding = "utf-8") {
      let connectResolve;
      const connected = new Promise((resolve, _reject) => {
        connectResolve = resolve;
      });
      return new Promise((resolve, reject) => {
        let server = (0, net_1.createServer)((socket) => {
          server.close();
          connectResolve([
            new SocketMessageReader(socket, encoding),
            new SocketMessageWriter(socket, encoding)
          ]);
        });
        server.on("error", reject);
        server.listen(pipeName, () => {
          server.removeListener("error", reject);
          resolve({
            onConnected: () => {
              return connected;
            }
          });
        });
      });
    }
    exports2.createClientPipeTransport = createClientPipeTransport;
    function createServerPipeTransport(pipeName, encoding = "utf-8") {
      const socket = (0, net_1.createConnection)(pipeName);
      return [
        new SocketMessageReader(socket, encoding),
        new SocketMessageWriter(socket, encoding)
      ];
    }
    exports2.createServerPipeTransport = createServerPipeTransport;
    function createClientSocketTransport(port, encoding = "utf-8") {
      let connectResolve;
      const connected = new Promise((resolve, _reject) => {
        connectResolve = resolve;
      });
      return new Promise((resolve, reject) => {
        const server = (0, net_1.createServer)((socket) => {
          server.close();
          connectResolve([
            new SocketMessageReader(socket, encoding),
            new SocketMessageWriter(socket, encoding)
          ]);
        });
        server.on("error", reject);
        server.listen(port, "127.0.0.1", () => {
          server.removeListener("error", reject);
          resolve({
            onConnected: () => {
              return connected;
            }
          });
        });
      });
    }
    exports2.createClientSocketTransport = createClientSocketTransport;
    function createServerSocketTransport(port, encoding = "utf-8") {
      const socket = (0, net_1.createConnection)(port, "127.0.0.1");
      return [
        new SocketMessageReader(socket, encoding),
        new SocketMessageWriter(socket, encoding)
      ];
    }
    exports2.createServerSocketTransport = createServerSocketTransport;
    function isReadableStream(value) {
      const candidate = value;
      return candidate.read !== void 0 && candidate.addListener !== void 0;
    }
    function isWritableStream(value) {
      const candidate = value;
      return candidate.write !== void 0 && candidate.addListener !== void 0;
    }
    function createMessageConnection(input, output, logger, options) {
      if (!logger) {
        logger = api_1.NullLogger;
      }
      const reader = isReadableStream(input) ? new StreamMessageReader(input) : input;
      const writer = isWritableStream(output) ? new StreamMessageWriter(output) : output;
      if (api_1.ConnectionStrategy.is(options)) {
        options = { connectionStrategy: options };
      }
      return (0, api_1.createMessageConnection)(reader, writer, logger, options);
    }
    exports2.createMessageConnection = createMessageConnection;
  }
});

// node_modules/vscode-jsonrpc/node.js
var require_node = __commonJS({
  "node_modules/vscode-jsonrpc/node.js"(exports2, module2) {
    "use strict";
    module2.exports = require_main();
  }
});

// mini.js
require_Reflect();
var { Container, injectable } = require_cjs7();
var { program } = require_commander();
var { IsString } = require_cv();
var rpc = require_node();
program.option("--x <v>").parse(process.argv);
var c = new Container();
var conn = rpc.createMessageConnection(new rpc.StreamMessageReader(process.stdin), new rpc.StreamMessageWriter(process.stdout));
conn.onRequest("initialize", (p) => ({ protocolVersion: p.protocolVersion, capabilities: {}, serverInfo: { name: "x", version: "0" } }));
conn.listen();
/*! Bundled license information:

reflect-metadata/Reflect.js:
  (*! *****************************************************************************
  Copyright (C) Microsoft. All rights reserved.
  Licensed under the Apache License, Version 2.0 (the "License"); you may not use
  this file except in compliance with the License. You may obtain a copy of the
  License at http://www.apache.org/licenses/LICENSE-2.0
  
  THIS CODE IS PROVIDED ON AN *AS IS* BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
  KIND, EITHER EXPRESS OR IMPLIED, INCLUDING WITHOUT LIMITATION ANY IMPLIED
  WARRANTIES OR CONDITIONS OF TITLE, FITNESS FOR A PARTICULAR PURPOSE,
  MERCHANTABLITY OR NON-INFRINGEMENT.
  
  See the Apache Version 2.0 License for specific language governing permissions
  and limitations under the License.
  ***************************************************************************** *)

reflect-metadata/ReflectLite.js:
  (*! *****************************************************************************
  Copyright (C) Microsoft. All rights reserved.
  Licensed under the Apache License, Version 2.0 (the "License"); you may not use
  this file except in compliance with the License. You may obtain a copy of the
  License at http://www.apache.org/licenses/LICENSE-2.0
  
  THIS CODE IS PROVIDED ON AN *AS IS* BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
  KIND, EITHER EXPRESS OR IMPLIED, INCLUDING WITHOUT LIMITATION ANY IMPLIED
  WARRANTIES OR CONDITIONS OF TITLE, FITNESS FOR A PARTICULAR PURPOSE,
  MERCHANTABLITY OR NON-INFRINGEMENT.
  
  See the Apache Version 2.0 License for specific language governing permissions
  and limitations under the License.
  ***************************************************************************** *)
*/
