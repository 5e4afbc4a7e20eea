using System.CommandLine;
using NewsFacts.Cli.Commands;

namespace NewsFacts.Cli;

internal static class Program
{
    public static Task<int> Main(string[] args) => BuildRoot().Parse(args).InvokeAsync();

    internal static RootCommand BuildRoot()
    {
        var root = new RootCommand("NewsFacts: typed relationship facts from English news text");
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(RenderCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(ClusterCommand.Create());
        return root;
    }
}
