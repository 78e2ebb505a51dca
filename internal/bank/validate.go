package bank

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"

	"github.com/go-playground/validator/v10"
	"go.yaml.in/yaml/v3"
)

// validate is built once: it caches struct metadata and, once built, is
// safe for concurrent use.
var validate = newValidator()

var keyRe = regexp.MustCompile(`^[a-z0-9][a-z0-9_.-]*$`)

func newValidator() *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	// Names in messages and paths are the YAML keys authors wrote.
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name := strings.Split(f.Tag.Get("yaml"), ",")[0]
		if name == "-" {
			return ""
		}
		return name
	})
	if err := v.RegisterValidation("key", func(fl validator.FieldLevel) bool {
		return keyRe.MatchString(fl.Field().String())
	}); err != nil {
		panic(err)
	}
	return v
}

// validationProblems turns validator errors into messages at the line of
// the offending key.
func (l *fileLoader) validationProblems(c ctx, n *yaml.Node, err error) {
	var ves validator.ValidationErrors
	if !errors.As(err, &ves) {
		l.errorf(Source{c.file, n.Line}, "%v", err)
		return
	}
	for _, fe := range ves {
		path := fe.Namespace()
		if i := strings.IndexByte(path, '.'); i >= 0 {
			path = path[i+1:]
		}
		line := child(n, path).Line
		if fe.Tag() == "required" {
			// The key is absent: point at the mapping that lacks it.
			parent := path[:max(0, strings.LastIndexByte(path, '.'))]
			line = child(n, parent).Line
		}
		l.errorf(Source{c.file, line}, "%s", fieldMessage(path, fe))
	}
}

func fieldMessage(path string, fe validator.FieldError) string {
	v := fe.Value()
	isList := fe.Kind() == reflect.Slice
	switch fe.Tag() {
	case "required":
		return fmt.Sprintf("missing %q", path)
	case "oneof":
		return fmt.Sprintf("%q must be one of %s, not %q", path, strings.ReplaceAll(fe.Param(), " ", ", "), fmt.Sprint(v))
	case "key":
		return fmt.Sprintf("%q: %q is not a valid id (use lowercase letters, digits, '-', '_' and '.')", path, fmt.Sprint(v))
	case "min":
		if isList {
			return fmt.Sprintf("%q needs at least %s entries", path, fe.Param())
		}
		return fmt.Sprintf("%q must be at least %s, not %v", path, fe.Param(), v)
	case "max":
		if isList {
			return fmt.Sprintf("%q takes at most %s entries", path, fe.Param())
		}
		return fmt.Sprintf("%q must be at most %s, not %v", path, fe.Param(), v)
	case "gt":
		return fmt.Sprintf("%q must be more than %s, not %v", path, fe.Param(), v)
	case "gtefield":
		return fmt.Sprintf("%q must not be below %q", path, snake(fe.Param()))
	}
	return fmt.Sprintf("%q fails %s", path, fe.Tag())
}

// snake turns a Go field name (MinLevel) into its YAML key (min_level).
func snake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteByte('_')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}
